package id.sigap.sentiment;

import java.util.List;
import java.util.Set;

import id.sigap.sentiment.SentimentWords.Kind;

/**
 * Reads a plain question or report about a service's state as what it is: "listrik mati dari kemarin",
 * "jalan ahmad yani sudah bisa dilewati belum", "kapan air pdam menyala lagi" are netral. The words for an
 * outage, a closure or a delay are negative in the lexicon and in the model trained on reviews, so such a
 * message used to read as berpotensi negatif and, twice in a row, handed an answered chat to staff. It stays
 * negative when it carries more: a complaint word, blame, sarcasm, abuse, shouting, several exclamation
 * marks, repetition ("telat terus", "selalu mati"), or an emergency. The word lists (STATE, SERVICE, COMPLAINT,
 * ASKING, YES_NO, AGAIN, DEGREE) are in {@code sentiment/words.tsv}.
 */
final class ServiceStateReading {

    /** Complaint weight below this is a plain question of time ("kapan" weighs 0.3), not a complaint. */
    static final double MILD = 0.3;

    /** A report this short ("listrik mati dari kemarin") is a report, not a story with a complaint in it. */
    private static final int SHORT_REPORT_WORDS = 6;

    /** Signals that make any message a complaint, whatever its words. */
    static final Set<String> TOO_STRONG = Set.of("blame", "shouting", "exclamations", Classification.SARCASM, "lex:abuse");

    private ServiceStateReading() {
    }

    /**
     * A question with the words of degree after its state words left out ("tol sangkara macet parah gk skrg?" asks
     * whether it is jammed, batch Z53): the same text when it asks nothing or has none. A report keeps them ("jalan macet
     * parah" tells how bad, not whether).
     */
    static NormalisedText withoutDegree(NormalisedText text) {
        SentimentWords words = SentimentWords.shipped();
        List<String> tokens = text.tokens();
        if (!asksYesOrNo(text, words)) {
            return text;
        }
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && words.is(Kind.DEGREE, tokens.get(i)) && words.is(Kind.STATE, tokens.get(i - 1))) {
                continue;
            }
            kept.add(tokens.get(i));
        }
        return kept.size() == tokens.size() ? text
                : new NormalisedText(kept, text.exclamations(), text.questions(), text.shouting(), text.stretched(), text.numbers());
    }

    /** Whether a message read as negative is only a plain question or report about a service's state. */
    static boolean isPlainServiceReport(NormalisedText text, LexiconEvidence evidence, List<String> emergency) {
        if (!emergency.isEmpty() || evidence.hostile() || evidence.sarcasm() || evidence.complaint() > MILD
                || evidence.signals().stream().anyMatch(TOO_STRONG::contains) || text.shouting()) {
            return false;
        }
        SentimentWords words = SentimentWords.shipped();
        List<String> tokens = text.tokens();
        if (tokens.stream().anyMatch(words.complaints()::contains)) {
            return false;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (words.is(Kind.STATE, tokens.get(i)) && words.is(Kind.AGAIN, tokens.get(i + 1))) {
                return false; // "error lagi", "mati lagi": again, not back on
            }
        }
        long count = tokens.stream().filter(t -> !t.equals(NormalisedText.BREAK)).count();
        boolean asks = asksYesOrNo(text, words) || tokens.stream().anyMatch(t -> words.is(Kind.ASKING, t));
        return (asks || count <= SHORT_REPORT_WORDS)
                && tokens.stream().anyMatch(t -> words.is(Kind.STATE, t) || words.is(Kind.SERVICE, t));
    }

    /** A question mark, or a word that asks for a yes or a no ("belum", "bisa", "masih"). */
    private static boolean asksYesOrNo(NormalisedText text, SentimentWords words) {
        return text.questions() > 0 || text.tokens().stream().anyMatch(t -> words.is(Kind.YES_NO, t));
    }
}
