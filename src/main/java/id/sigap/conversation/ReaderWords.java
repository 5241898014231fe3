package id.sigap.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of a message reader ({@link SmallTalk}, {@link SensitiveQuestion}, {@link Choices}), read from
 * {@code conversation/<name>.tsv} on the class path: each line is {@code KIND<TAB>word word …} (several lines
 * may name the same kind), {@code #} starts a comment. The office edits the words there, not in Java.
 */
final class ReaderWords {

    private final String resource;
    private final Map<String, Set<String>> kinds;
    private final Map<String, List<String>> lines;

    private ReaderWords(String resource, Map<String, Set<String>> kinds, Map<String, List<String>> lines) {
        this.resource = resource;
        this.kinds = kinds;
        this.lines = lines;
    }

    static ReaderWords load(String name) {
        String resource = "conversation/" + name + ".tsv";
        Map<String, Set<String>> kinds = new HashMap<>();
        Map<String, List<String>> lines = new HashMap<>();
        id.sigap.texts.ResourceTable.read(resource, (line, fields) -> {
            String kind = fields[0].strip();
            String value = line.substring(line.indexOf('\t') + 1).strip();
            lines.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
            Set<String> words = kinds.computeIfAbsent(kind, k -> new HashSet<>());
            for (String word : value.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        kinds.forEach((kind, words) -> frozen.put(kind, Set.copyOf(words)));
        Map<String, List<String>> frozenLines = new HashMap<>();
        lines.forEach((kind, values) -> frozenLines.put(kind, List.copyOf(values)));
        return new ReaderWords(resource, Map.copyOf(frozen), Map.copyOf(frozenLines));
    }

    /** The words of one kind; a kind the file lacks is an error, not an empty list. */
    Set<String> of(String kind) {
        Set<String> words = kinds.get(kind);
        if (words == null) {
            throw new IllegalStateException(resource + " has no " + kind + " words");
        }
        return words;
    }

    /** The lines of one kind as written (a pattern or a phrase a line), in file order. */
    List<String> lines(String kind) {
        List<String> values = lines.get(kind);
        if (values == null) {
            throw new IllegalStateException(resource + " has no " + kind + " lines");
        }
        return values;
    }
}
