package id.sigap.sentiment;

import id.sigap.texts.WordTable;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list the sentiment rules reason with, one list per purpose, read from {@code sentiment/words.tsv}
 * (the file explains each kind) and nowhere else. The sentiment lexicon ({@code lexicon.tsv}) and the slang map
 * ({@code slang.tsv}) are read by {@link Lexicon}.
 */
final class SentimentWords {

    /** The kinds of {@code words.tsv}, one per purpose. */
    enum Kind {
        PARTICLE, BLAMED, ADDRESSED, ADDRESS, CONFIRM, ASKED_BY_TAG, AFTER_TAG, TOPIC, COMPLAINT, ASKING, YES_NO, OPENS_QUESTION,
        NUMBER, FIRST_PERSON, STATE, SERVICE, STILL, AGAIN, REPORT, PLEA, SARCASM_PARTICLE, MOCKING_PARTICLE, THANKS, LAUGHTER, SECOND_PERSON, SOFT_ABUSE, LITERAL_CUE, INSULT_TARGET, HOPE,
        IRONIC, IRONIC_FILLER, PRIVATE, ADVICE, KIN, ERRAND, PRAISE, DONE, GOOD_NEWS, LATE_MARK, OFFICE, ONLY, AGO, SINCE, DAY, URGED_BY,
        TIME_GONE, HELPING, DEGREE
    }

    static final String RESOURCE = "sentiment/words.tsv";

    private static final SentimentWords SHIPPED = load();

    private final Map<Kind, Set<String>> words;

    private SentimentWords(Map<Kind, Set<String>> words) {
        this.words = words;
    }

    static SentimentWords shipped() {
        return SHIPPED;
    }

    /** The words of one kind. */
    Set<String> of(Kind kind) {
        return words.get(kind);
    }

    boolean is(Kind kind, String word) {
        return words.get(kind).contains(word);
    }

    private static SentimentWords load() {
        WordTable table = WordTable.load(RESOURCE);
        for (String kind : table.kinds()) {
            Kind.valueOf(kind); // a kind no rule reads is a mistake in the file
        }
        Map<Kind, Set<String>> kinds = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            // one word or phrase a line ("sampai kapan"), in lower case
            kinds.put(kind, table.lines(kind.name()).stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        return new SentimentWords(Map.copyOf(kinds));
    }

    Set<String> particles() { return of(Kind.PARTICLE); }
    /** Whom a question or an insult can be aimed at: BLAMED and ADDRESSED. */
    boolean aimedAt(String word) { return is(Kind.BLAMED, word) || is(Kind.ADDRESSED, word); }

    /**
     * Whom praise that mocks can be aimed at: as {@link #aimedAt}, also with "-nya" ("hebat bgt pejabatnya, ...", batch
     * M29), and the office by its own name ({@code OFFICE}: "wah hebat ya humas, ...", batch T30). Not for questions:
     * "bisa ngomong sm petugasnya aja gak" asks, it does not mock.
     */
    boolean praisedAt(String word) {
        return aimedAt(word) || is(Kind.OFFICE, word)
                || word.endsWith("nya") && word.length() > 5 && aimedAt(word.substring(0, word.length() - 3));
    }
    Set<String> address() { return of(Kind.ADDRESS); }
    Set<String> confirm() { return of(Kind.CONFIRM); }
    Set<String> askedByTag() { return of(Kind.ASKED_BY_TAG); }
    Set<String> afterTag() { return of(Kind.AFTER_TAG); }
    Set<String> topics() { return of(Kind.TOPIC); }
    Set<String> complaints() { return of(Kind.COMPLAINT); }
    Set<String> asking() { return of(Kind.ASKING); }
    Set<String> numbers() { return of(Kind.NUMBER); }
    Set<String> firstPerson() { return of(Kind.FIRST_PERSON); }
}
