package id.sigap.sentiment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists for reading questions ({@code sentiment/questions.tsv}): question tags, what may surround a tag,
 * the words that name a question's topic and the words that make a question a complaint (with the counts of a
 * repetition). The file explains each
 * kind.
 */
record QuestionWords(Set<String> particles, Set<String> addressed, Set<String> askedByTag, Set<String> afterTag,
                     Set<String> topics, Set<String> complaints, Set<String> asking, Set<String> numbers,
                     Set<String> firstPerson, Set<String> address, Set<String> confirm) {

    private static final QuestionWords SHIPPED = load();

    static QuestionWords shipped() {
        return SHIPPED;
    }

    private static QuestionWords load() {
        Map<String, Set<String>> kinds = new HashMap<>();
        Lexicon.readTsv("sentiment/questions.tsv", (line, fields) ->
                kinds.computeIfAbsent(fields[0].strip(), k -> new HashSet<>()).add(fields[1].strip()));
        return new QuestionWords(kind(kinds, "PARTICLE"), kind(kinds, "ADDRESSED"), kind(kinds, "ASKED_BY_TAG"),
                kind(kinds, "AFTER_TAG"), kind(kinds, "TOPIC"), kind(kinds, "COMPLAINT"), kind(kinds, "ASKING"), kind(kinds, "NUMBER"),
                kind(kinds, "FIRST_PERSON"), kind(kinds, "ADDRESS"), kind(kinds, "CONFIRM"));
    }

    private static Set<String> kind(Map<String, Set<String>> kinds, String name) {
        Set<String> words = kinds.get(name);
        if (words == null) {
            throw new IllegalStateException("sentiment/questions.tsv has no " + name + " words");
        }
        return Set.copyOf(words);
    }
}
