package id.sigap.llm;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every statement (clause) of the answer is supported by one passage of the sources: all its words and
 * numbers are there, with the same negations, no reversed opposite and no added modality. When no
 * passage supports it, the rejection is explained against the passage that comes closest.
 */
final class StatementRule implements GroundingRule {

    private static final List<ClauseCheck> CHECKS = List.of(new NegationCheck(), new OppositeCheck(),
            new ModalityCheck(), new CoverageCheck());

    @Override
    public Optional<GroundingRejection> check(CandidateAnswer answer, ApprovedSources sources) {
        for (GroundingText.Sentence sentence : answer.sentences()) {
            for (List<GroundingText.Token> clause : sentence.clauses()) {
                Optional<GroundingRejection> rejection = check(clause, sources);
                if (rejection.isPresent()) {
                    return rejection;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<GroundingRejection> check(List<GroundingText.Token> clause, ApprovedSources sources) {
        boolean saysSomething = clause.stream().anyMatch(t -> t.kind() != GroundingText.Kind.FUNCTION
                && t.kind() != GroundingText.Kind.NEUTRAL || !GroundingLexicon.opposites(t.text()).isEmpty());
        if (!saysSomething) {
            return Optional.empty();
        }
        for (Passage passage : sources.passages()) {
            if (CHECKS.stream().allMatch(c -> c.check(clause, passage, sources).isEmpty())) {
                return Optional.empty();
            }
        }
        Optional<Passage> closest = sources.passages().stream()
                .max(Comparator.comparingLong((Passage p) -> CoverageCheck.covered(clause, p)));
        if (closest.isEmpty()) {
            return Optional.of(GroundingRejection.of(GroundingRejection.Reason.UNSUPPORTED_STATEMENT, text(clause)));
        }
        return CHECKS.stream().map(c -> c.check(clause, closest.get(), sources)).flatMap(Optional::stream).findFirst()
                .or(() -> Optional.of(GroundingRejection.of(GroundingRejection.Reason.UNSUPPORTED_STATEMENT, text(clause))));
    }

    private static String text(List<GroundingText.Token> clause) {
        return String.join(" ", clause.stream().map(GroundingText.Token::text).toList());
    }
}
