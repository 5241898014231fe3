package id.sigap.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = PromptFiles.class.getResourceAsStream("/prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Prompt " + name + " is neither in " + dir.toAbsolutePath() + " nor packaged");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read prompt " + file, e);
        }
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
