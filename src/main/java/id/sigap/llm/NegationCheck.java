package id.sigap.llm;

import java.util.List;
import java.util.Optional;

/**
 * No negation added or dropped: a word the answer negates ("tidak <b>gratis</b>", "tidak <b>perlu</b>")
 * is negated in the passage too, and a word the answer states plainly is not one the passage only ever
 * says under a negation ("perlu membayar" or "berbayar" for "tidak perlu membayar").
 */
final class NegationCheck implements ClauseCheck {

    @Override
    public Optional<GroundingRejection> check(List<GroundingText.Token> clause, Passage passage, ApprovedSources sources) {
        for (GroundingText.Token t : clause) {
            if (t.kind() != GroundingText.Kind.CONTENT && t.kind() != GroundingText.Kind.NUMBER
                    && t.kind() != GroundingText.Kind.MODAL) {
                continue;
            }
            if (t.head() && !passage.hasNegated(t)) {
                return Optional.of(GroundingRejection.of(GroundingRejection.Reason.NEGATION_FLIP, "+" + t.text()));
            }
            // An answer that itself calls the claim false may name it ("pesan bantuan tunai itu penipuan").
            if (!t.negated() && !t.denial() && passage.onlyNegated(t)) {
                return Optional.of(GroundingRejection.of(GroundingRejection.Reason.NEGATION_FLIP, "-" + t.text()));
            }
        }
        return Optional.empty();
    }
}
