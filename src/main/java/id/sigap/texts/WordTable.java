package id.sigap.texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A packaged word table ({@code .tsv} on the class path, read by {@link ResourceTable}): each line is
 * {@code KIND<TAB>word word …} (several lines may name the same kind), {@code #} starts a comment. Read as the words
 * of a kind (split at spaces, lower case) or as its lines as written (a phrase or a pattern a line). The word lists
 * of the message readers and of the sentiment rules are such tables, not Java.
 */
public final class WordTable {

    private final String resource;
    private final Map<String, Set<String>> words;
    private final Map<String, List<String>> lines;

    private WordTable(String resource, Map<String, Set<String>> words, Map<String, List<String>> lines) {
        this.resource = resource;
        this.words = words;
        this.lines = lines;
    }

    public static WordTable load(String resource) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, List<String>> lines = new HashMap<>();
        ResourceTable.read(resource, (line, fields) -> {
            String kind = fields[0].strip();
            String value = line.substring(line.indexOf('\t') + 1).strip();
            lines.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
            Set<String> kindWords = words.computeIfAbsent(kind, k -> new HashSet<>());
            for (String word : value.split("\\s+")) {
                if (!word.isEmpty()) {
                    kindWords.add(word.toLowerCase(Locale.ROOT));
                }
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        words.forEach((kind, values) -> frozen.put(kind, Set.copyOf(values)));
        Map<String, List<String>> frozenLines = new HashMap<>();
        lines.forEach((kind, values) -> frozenLines.put(kind, List.copyOf(values)));
        return new WordTable(resource, Map.copyOf(frozen), Map.copyOf(frozenLines));
    }

    /** The kinds the table names. */
    public Set<String> kinds() {
        return lines.keySet();
    }

    /** The words of one kind; a kind the table lacks is an error, not an empty list. */
    public Set<String> of(String kind) {
        Set<String> values = words.get(kind);
        if (values == null) {
            throw new IllegalStateException(resource + " has no " + kind + " words");
        }
        return values;
    }

    /**
     * The comma-separated phrases of one kind's lines as one pattern of whole phrases, lower case, each with a space on
     * either side (match it against text padded with spaces, every non-letter a space).
     */
    public Pattern phrases(String kind) {
        StringBuilder alternatives = new StringBuilder();
        for (String line : lines(kind)) {
            for (String phrase : line.split(",")) {
                String words = phrase.strip().toLowerCase(Locale.ROOT);
                if (!words.isEmpty()) {
                    alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(words));
                }
            }
        }
        return Pattern.compile(" (?:" + alternatives + ") ");
    }

    /**
     * The words of one kind as the alternatives of a pattern ("a|b|c", each quoted, sorted so the pattern is the same on
     * every run): for a reader that builds its own pattern around them.
     */
    public String alternatives(String kind) {
        return String.join("|", of(kind).stream().sorted().map(Pattern::quote).toList());
    }

    /** The lines of one kind as written (a pattern or a phrase a line), in file order. */
    public List<String> lines(String kind) {
        List<String> values = lines.get(kind);
        if (values == null) {
            throw new IllegalStateException(resource + " has no " + kind + " words");
        }
        return values;
    }
}
