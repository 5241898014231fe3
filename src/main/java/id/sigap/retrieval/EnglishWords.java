package id.sigap.retrieval;

import id.sigap.texts.ResourceTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The English side of the normaliser ({@code retrieval/english.tsv}): English words and phrases of public services
 * and crises with the Indonesian words the knowledge base uses for them, and English function words that are no
 * search term. The file's header says how it is written; a malformed line is an error naming the file and line.
 *
 * @param words     single English words (an apostrophe form such as "don't" included) and their Indonesian target
 * @param phrases   English phrases (several words, or words joined by a hyphen or apostrophe), as their words
 *                  joined by one space, and their target
 * @param stopWords English function words the search leaves out
 * @param phraseStarts the first word of every phrase: a text with none of them has no phrase, and the phrase
 *                  pattern is not run on it (most questions and every Indonesian entry)
 * @param phrasePattern all phrases as one pattern, longest first; null when there is none
 */
record EnglishWords(Map<String, String> words, Map<String, String> phrases, Set<String> stopWords,
                    Set<String> phraseStarts, Pattern phrasePattern) {

    static final String RESOURCE = "retrieval/english.tsv";
    /** The target that marks function words. */
    static final String NO_TERM = "-";
    private static final Pattern SINGLE = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Reads the packaged file; {@code reserved} are words the normaliser's own table reads (no member may be one). */
    static EnglishWords load(Set<String> reserved) {
        return parse(RESOURCE, ResourceTable.lines(RESOURCE), reserved);
    }

    static EnglishWords parse(String name, List<String> lines, Set<String> reserved) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> phrases = new HashMap<>();
        Set<String> stop = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw error(name, number, "expected TARGET<TAB>members separated by commas");
            }
            String target = line.substring(0, tab).strip();
            if (target.isEmpty()) {
                throw error(name, number, "empty target");
            }
            if (!target.equals(target.toLowerCase(Locale.ROOT))) {
                throw error(name, number, "target '" + target + "' is not lower case");
            }
            for (String raw : line.substring(tab + 1).split(",", -1)) {
                String member = raw.strip();
                if (member.isEmpty()) {
                    throw error(name, number, "empty member (two commas, or a comma at the end)");
                }
                if (!member.equals(member.toLowerCase(Locale.ROOT))) {
                    throw error(name, number, "member '" + member + "' is not lower case");
                }
                Integer before = seen.putIfAbsent(member, number);
                if (before != null) {
                    throw error(name, number, "member '" + member + "' is already listed on line " + before);
                }
                if (reserved.contains(member)) {
                    throw error(name, number, "member '" + member + "' is already read by the normaliser's table");
                }
                boolean single = SINGLE.matcher(member).matches();
                if (target.equals(NO_TERM)) {
                    if (!single) {
                        throw error(name, number, "a word that is no search term must be one word: '" + member + "'");
                    }
                    stop.add(member);
                } else if (single) {
                    words.put(member, target);
                } else {
                    String key = phraseKey(member);
                    if (key.isEmpty()) {
                        throw error(name, number, "member '" + member + "' has no word");
                    }
                    phrases.put(key, target);
                }
            }
        }
        Set<String> starts = phrases.keySet().stream().map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
        return new EnglishWords(Map.copyOf(words), Map.copyOf(phrases), Set.copyOf(stop), starts, phrasePattern(phrases));
    }

    private static IllegalStateException error(String name, int line, String message) {
        return new IllegalStateException(name + ":" + line + ": " + message);
    }

    /** A phrase's words joined by one space ("wi-fi" → "wi fi", "can't afford" → "can t afford"). */
    static String phraseKey(String text) {
        return SEPARATOR.matcher(text).replaceAll(" ").strip();
    }

    /** One pattern for all phrases, longest first, each word apart by any run of spaces or punctuation. */
    private static Pattern phrasePattern(Map<String, String> phrases) {
        if (phrases.isEmpty()) {
            return null;
        }
        String alternatives = phrases.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Arrays.stream(p.split(" ")).map(Pattern::quote)
                        .collect(Collectors.joining("[^\\p{L}\\p{N}]+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** The text with every phrase replaced by its target. */
    String replacePhrases(String lowerCaseText) {
        if (phrasePattern == null || Arrays.stream(SEPARATOR.split(lowerCaseText)).noneMatch(phraseStarts::contains)) {
            return lowerCaseText;
        }
        Matcher m = phrasePattern.matcher(lowerCaseText);
        if (!m.find()) {
            return lowerCaseText;
        }
        StringBuilder out = new StringBuilder(lowerCaseText.length() + 16);
        do {
            String target = phrases.get(phraseKey(m.group()));
            m.appendReplacement(out, Matcher.quoteReplacement(target != null ? target : m.group()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Every English member, words and phrases (phrases as written with single spaces). */
    List<String> members() {
        List<String> all = new ArrayList<>(words.keySet());
        all.addAll(phrases.keySet());
        all.addAll(stopWords);
        return all;
    }
}
