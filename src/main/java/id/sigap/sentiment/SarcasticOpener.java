package id.sigap.sentiment;

import java.util.List;
import java.util.function.Predicate;

/**
 * Mockery that opens with praise: "bagus banget ya, 3 hari gak ada bantuan sama sekali", "wah keren, tiap hujan langsung
 * banjir", "great job guys, a week without clean water". The first clause is praise only: an {@code IRONIC} word of
 * {@code words.tsv} with {@code IRONIC_FILLER} words, particles, a form of address, or whom it is aimed at and that
 * one's name ("selamat ya dinas pu"). The clauses after it complain ({@link #mocks}), without opening with a contrast ("bagus, tapi ..." is mixed, not mocking) or a hope
 * ("keren, semoga gak banjir lagi").
 */
final class SarcasticOpener {

    private static final SentimentWords WORDS = SentimentWords.shipped();

    private SarcasticOpener() {
    }

    /** The index of the first clause break when the clause before it is praise only, -1 otherwise. */
    static int openerEnd(List<String> tokens) {
        int end = tokens.indexOf(NormalisedText.BREAK);
        if (end <= 0 || end >= tokens.size() - 1) {
            return -1;
        }
        boolean praise = false;
        for (int i = 0; i < end; i++) {
            String token = tokens.get(i);
            if (WORDS.is(SentimentWords.Kind.IRONIC, token)) {
                praise = true;
            } else if (WORDS.praisedAt(token)) {
                return praise ? end : -1; // the rest of the clause names them: "dinas pu", "pemkab batang"
            } else if (!WORDS.is(SentimentWords.Kind.IRONIC_FILLER, token) && !WORDS.is(SentimentWords.Kind.PARTICLE, token)
                    && !WORDS.is(SentimentWords.Kind.SARCASM_PARTICLE, token) && !WORDS.is(SentimentWords.Kind.ADDRESS, token)) {
                return -1;
            }
        }
        return praise ? end : -1;
    }

    /**
     * Whether the clauses after the opener (which ends at {@code end}) complain: {@code restPositive} and
     * {@code restNegative} are the lexicon weights found after it. A complaint is a negative weight of at least 0.5
     * above the praise there, or, in a message that asks nothing, a negator ("3 hari gak ada bantuan", "not a single
     * update") with no praise there. {@code contrast} tells a contrast word, {@code negator} a negator.
     */
    static boolean mocks(NormalisedText text, int end, double restPositive, double restNegative, Predicate<String> contrast,
                         Predicate<String> negator) {
        List<String> rest = text.tokens().subList(end + 1, text.tokens().size());
        if (contrast.test(rest.getFirst()) || rest.stream().anyMatch(WORDS.of(SentimentWords.Kind.HOPE)::contains)) {
            return false;
        }
        boolean asks = text.questions() > 0 || rest.stream().anyMatch(WORDS.of(SentimentWords.Kind.ASKING)::contains);
        return restNegative >= 0.5 && restNegative > restPositive
                || !asks && restPositive == 0 && rest.stream().anyMatch(negator);
    }
}
