package id.sigap.sentiment;

import id.sigap.texts.ResourceTable;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The team's hand-written lexicon ({@code sentiment/lexicon.tsv}) and slang map ({@code sentiment/slang.tsv}). */
final class Lexicon {

    enum Kind { POS, NEG, ABUSE, NEGATOR, INTENS, DIMIN, CONTRAST, NEUTRAL }

    record Entry(String phrase, Kind kind, double weight, int length) {
    }

    record Match(Entry entry, int length) {
    }

    private static final String[] SUFFIXES = {"nya", "lah", "kah", "pun", "ne", "e", "ku", "mu"};

    private final Map<String, Entry> phrases;
    private final Map<String, List<String>> slang;
    private final int longestPhrase;
    private final java.util.Set<String> negators;

    private Lexicon(Map<String, Entry> phrases, Map<String, List<String>> slang) {
        this.phrases = phrases;
        this.slang = slang;
        this.longestPhrase = phrases.values().stream().mapToInt(Entry::length).max().orElse(1);
        this.negators = phrases.values().stream().filter(e -> e.kind() == Kind.NEGATOR && e.length() == 1)
                .map(Entry::phrase).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Lexicon load() {
        Map<String, Entry> phrases = new HashMap<>();
        ResourceTable.read("sentiment/lexicon.tsv", (line, fields) -> {
            String phrase = fields[0].strip().toLowerCase(Locale.ROOT);
            phrases.put(phrase, new Entry(phrase, Kind.valueOf(fields[1].strip()), Double.parseDouble(fields[2].strip()),
                    phrase.split(" ").length));
        });
        Map<String, List<String>> slang = new HashMap<>();
        ResourceTable.read("sentiment/slang.tsv", (line, fields) ->
                slang.put(fields[0].strip(), List.of(fields[1].strip().split(" "))));
        return new Lexicon(Map.copyOf(phrases), Map.copyOf(slang));
    }

    /** The single-word negators of the lexicon ("tidak", "belum", ...). */
    java.util.Set<String> negators() {
        return negators;
    }

    Map<String, List<String>> slang() {
        return slang;
    }

    /** Whether a single word is a lexicon word (so that doubled letters in it are spelling, not stretching). */
    boolean knows(String word) {
        return phrases.containsKey(word) || slang.containsKey(word);
    }

    /** The longest lexicon phrase starting at {@code start} (not crossing a clause break), or {@code null}. */
    Match longestMatch(List<String> tokens, int start) {
        int limit = Math.min(longestPhrase, tokens.size() - start);
        StringBuilder key = new StringBuilder();
        Match best = null;
        for (int length = 1; length <= limit; length++) {
            String token = tokens.get(start + length - 1);
            if (token.equals(NormalisedText.BREAK)) {
                break;
            }
            if (length > 1) {
                key.append(' ');
            }
            key.append(token);
            Entry entry = phrases.get(key.toString());
            if (entry == null && length == 1) {
                entry = stemmed(token);
            }
            if (entry != null) {
                best = new Match(entry, length);
            }
        }
        return best;
    }

    /** "pelayanannya", "infone", "bagusnya": the word without a clitic or possessive suffix. */
    private Entry stemmed(String token) {
        for (String suffix : SUFFIXES) {
            if (token.length() - suffix.length() >= 3 && token.endsWith(suffix)) {
                Entry entry = phrases.get(token.substring(0, token.length() - suffix.length()));
                if (entry != null && entry.kind() != Kind.NEGATOR && entry.kind() != Kind.CONTRAST) {
                    return entry;
                }
            }
        }
        return null;
    }

}
