package id.sigap.llm;

import id.sigap.texts.OfficeFiles;

import java.nio.file.Path;
import java.util.Map;

/**
 * Prompts are runtime data: read from the prompts directory so that the office can edit them, with the
 * copies packaged in the jar as the fallback when the directory is absent.
 */
final class PromptFiles {

    private PromptFiles() {
    }

    static String load(Path dir, String name) {
        return OfficeFiles.read(dir, name).orElseThrow(() -> new IllegalStateException(
                "Prompt " + name + " is neither in " + dir.toAbsolutePath() + " nor packaged"));
    }

    /** Replaces each {{name}} with its value; values are inserted as they are, never re-expanded. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String key = template.substring(open + 2, close).trim();
            out.append(values.getOrDefault(key, ""));
            i = close + 2;
        }
        return out.toString();
    }
}
