package id.sigap.llm;

import java.util.Optional;

/** The answer cites at least one of the sources, and nothing else; a declined answer is no answer. */
final class CitationRule implements GroundingRule {

    @Override
    public Optional<GroundingRejection> check(CandidateAnswer answer, ApprovedSources sources) {
        if (answer.raw() == null || answer.raw().isBlank()) {
            return Optional.of(GroundingRejection.of(GroundingRejection.Reason.EMPTY, ""));
        }
        if (answer.raw().contains(GroundingCheck.DECLINED)) {
            return Optional.of(GroundingRejection.of(GroundingRejection.Reason.MODEL_DECLINED, ""));
        }
        if (answer.cited().isEmpty()) {
            return Optional.of(GroundingRejection.of(GroundingRejection.Reason.NO_CITATION, ""));
        }
        return answer.cited().stream().filter(id -> !sources.ids().contains(id)).findFirst()
                .map(id -> GroundingRejection.of(GroundingRejection.Reason.CITES_UNKNOWN, id));
    }
}
