package id.sigap.llm;

import id.sigap.llm.GroundingLexicon.Modality;

import java.util.List;
import java.util.Optional;

/**
 * No modality the passage does not state: "wajib", "hanya", "semua", "selalu" must be in it; "dapat" or
 * "boleh" may soften a plain statement, but not replace an obligation, and a permission the passage
 * restricts ("yang boleh masuk hanya petugas") keeps its restriction.
 */
final class ModalityCheck implements ClauseCheck {

    @Override
    public Optional<GroundingRejection> check(List<GroundingText.Token> clause, Passage passage, ApprovedSources sources) {
        for (GroundingText.Token t : clause) {
            if (t.kind() != GroundingText.Kind.MODAL || t.negated()) {
                continue;
            }
            Modality m = GroundingLexicon.modality(t.text()).orElseThrow();
            boolean stated = passage.modalities.contains(m);
            boolean softened = m == Modality.PERMISSION && !passage.modalities.contains(Modality.OBLIGATION)
                    && !passage.modalities.contains(Modality.EXCLUSIVE);
            if (!stated && !softened) {
                return Optional.of(GroundingRejection.of(GroundingRejection.Reason.MODALITY_CHANGE, t.text()));
            }
            boolean restrictionKept = clause.stream().anyMatch(c -> c.kind() == GroundingText.Kind.MODAL
                    && GroundingLexicon.modality(c.text()).orElseThrow() == Modality.EXCLUSIVE);
            if (m == Modality.PERMISSION && passage.modalities.contains(Modality.EXCLUSIVE) && !restrictionKept) {
                return Optional.of(GroundingRejection.of(GroundingRejection.Reason.MODALITY_CHANGE, t.text()));
            }
        }
        return Optional.empty();
    }
}
