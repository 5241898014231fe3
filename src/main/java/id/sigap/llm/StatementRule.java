package id.sigap.llm;

import java.util.List;
import java.util.Optional;

/**
 * Every statement (clause) of the answer is supported by one passage of the sources: all its words and
 * numbers are there, with the same negations, no reversed opposite and no added modality. When no
 * passage supports it, the rejection is explained against the passages that come closest.
 */
final class StatementRule implements GroundingRule {

    private static final List<ClauseCheck> CHECKS = List.of(new OppositeCheck(), new NegationCheck(),
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
        // A number belongs to its own sentence: "sekitar 400 orang" of one shelter is not the capacity of
        // the shelter listed next to it, nor "1–6 Desember" (the old date) the new one.
        boolean statesNumber = clause.stream().anyMatch(t -> t.kind() == GroundingText.Kind.NUMBER);
        List<Passage> passages = sources.passages().stream().filter(p -> !statesNumber || p.singleSentence).toList();
        for (Passage passage : passages) {
            if (CHECKS.stream().allMatch(c -> c.check(clause, passage, sources).isEmpty())) {
                return Optional.empty();
            }
        }
        // Explain against the passages that come closest (all the clause's facts but at most one), and
        // prefer a reversal, a flipped negation or a changed modality to a mere missing word.
        long best = passages.stream().mapToLong(p -> CoverageCheck.covered(clause, p)).max().orElse(0);
        for (ClauseCheck check : CHECKS) {
            for (Passage passage : passages) {
                if (CoverageCheck.covered(clause, passage) >= best - 1) {
                    Optional<GroundingRejection> rejection = check.check(clause, passage, sources);
                    if (rejection.isPresent()) {
                        return rejection;
                    }
                }
            }
        }
        return Optional.of(GroundingRejection.of(GroundingRejection.Reason.UNSUPPORTED_STATEMENT, text(clause)));
    }

    private static String text(List<GroundingText.Token> clause) {
        return String.join(" ", clause.stream().map(GroundingText.Token::text).toList());
    }
}
