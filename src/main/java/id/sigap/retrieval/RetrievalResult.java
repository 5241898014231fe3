package id.sigap.retrieval;

import java.util.List;

/**
 * What retrieval found for one question, and whether it is sure enough to answer.
 *
 * @param question           the question as asked
 * @param normalizedQuestion the question after informal spellings were normalised
 * @param hits               best first, one per entry
 * @param confidence         calibrated probability, in [0, 1], that the first hit answers the question
 * @param confident          whether the first hit may be given as the answer
 * @param reasons            why not, when not confident: {@code no-match}, {@code low-confidence}, {@code ambiguous},
 *                           {@code generic-only} (the first entry shares only generic words with the question),
 *                           {@code split-topic} (another entry holds much of what was asked that the first lacks)
 *                           {@code needs-place} (the nearest of several places was asked, and no place named)
 *                           {@code tells-apart-only} (the first entry shares with the question only its name among
 *                           the entries of its kind, a place's, and the question names nothing of the kind)
 * @param kbVersion          the knowledge-base version searched
 * @param latencyMicros      time spent retrieving
 */
public record RetrievalResult(String question, String normalizedQuestion, List<RetrievalHit> hits, double confidence,
                              boolean confident, List<String> reasons, String kbVersion, long latencyMicros) {

    public RetrievalResult {
        hits = List.copyOf(hits);
        reasons = List.copyOf(reasons);
    }

    /** Nothing in the knowledge base shares a word with the question. */
    public boolean unanswerable() {
        return reasons.contains("no-match");
    }

    /** The reason given when the best match was about another crisis than the one the question names. */
    public static final String OTHER_CRISIS = "other-crisis";
    /** The first hit shares with the question only its name among the entries of its kind (a place's). */
    public static final String TELLS_APART_ONLY = "tells-apart-only";
    /** The question names an office or service the first entry names nowhere (OfficeNames). */
    public static final String OTHER_OFFICE = "other-office";
    /** The question names a place of the kind the first entry is about by another name ("bendungan wanasari"). */
    public static final String OTHER_PLACE = "other-place";

    /**
     * The best match was about another crisis than the one the question names ({@code prompts/events.txt}) and was
     * set aside: what is left was not what the question was nearest to.
     */
    public boolean otherCrisis() {
        return reasons.contains(OTHER_CRISIS);
    }

    /** The first two entries score alike and are about different things. */
    public boolean ambiguous() {
        return reasons.contains("ambiguous");
    }

    /** The first entry shares no word with the question that says what it is about (only how, when, where). */
    public boolean genericOnly() {
        return reasons.contains("generic-only");
    }

    /** The same hits, not sure enough to answer, for the reason given. */
    public RetrievalResult unsure(String reason) {
        List<String> why = new java.util.ArrayList<>(reasons);
        why.add(reason);
        return new RetrievalResult(question, normalizedQuestion, hits, confidence, false, why, kbVersion, latencyMicros);
    }

    /**
     * Whether the first hit would be sure but for resting on its name alone ({@link #TELLS_APART_ONLY}): a part of a
     * message read alone, which the whole message may still name the kind of.
     */
    public boolean sureButForItsName() {
        return !confident && reasons.equals(List.of(TELLS_APART_ONLY));
    }

    /** The same hits, sure: a part of a message whose whole names the kind its name was sure of. */
    public RetrievalResult sure() {
        return new RetrievalResult(question, normalizedQuestion, hits, confidence, true, List.of(), kbVersion, latencyMicros);
    }

    public java.util.Optional<RetrievalHit> top() {
        return hits.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(hits.getFirst());
    }
}
