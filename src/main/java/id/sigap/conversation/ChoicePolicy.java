package id.sigap.conversation;

/**
 * When retrieval is unsure, which of its entries are plausible enough to offer as choices instead of handing
 * the question to a person at once (docs/decision.md).
 *
 * @param minConfidence below this calibrated confidence of the first entry nothing is offered (a person takes it)
 * @param minShare      an entry after the first is offered only when its fused score is at least this share of
 *                      the first entry's
 * @param personBelow   below this confidence the entries are too weak to ask "did you mean": a person takes the
 *                      question at once and the entries are only suggested beside the handoff (0: never)
 */
public record ChoicePolicy(double minConfidence, double minShare, double personBelow) {

    /** The shipped policy. */
    public static final ChoicePolicy DEFAULT = new ChoicePolicy(Choices.MIN_CONFIDENCE, Choices.MIN_SHARE,
            Choices.PERSON_BELOW);

    /** A policy that never hands off beside its suggestions (the offer alone, as before 2026-12-04). */
    public ChoicePolicy(double minConfidence, double minShare) {
        this(minConfidence, minShare, 0);
    }

    /** True when entries retrieved at this confidence are suggested beside a person rather than offered alone. */
    public boolean personFirst(double confidence) {
        return confidence < personBelow;
    }
}
