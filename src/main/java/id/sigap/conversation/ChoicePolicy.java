package id.sigap.conversation;

/**
 * When retrieval is unsure, which of its entries are plausible enough to offer as choices instead of handing
 * the question to a person at once (docs/decision.md).
 *
 * @param minConfidence below this calibrated confidence of the first entry nothing is offered (a person takes it)
 * @param minShare      an entry after the first is offered only when its fused score is at least this share of
 *                      the first entry's
 */
public record ChoicePolicy(double minConfidence, double minShare) {

    /** The shipped policy. */
    public static final ChoicePolicy DEFAULT = new ChoicePolicy(Choices.MIN_CONFIDENCE, Choices.MIN_SHARE);
}
