package id.sigap.llm;

import java.util.List;
import java.util.Optional;

/**
 * Every meaning-bearing word and number of the clause is in the passage. A word the question has but
 * the sources do not is no support: the citizen cannot plant a place name into an official answer.
 */
final class CoverageCheck implements ClauseCheck {

    @Override
    public Optional<GroundingRejection> check(List<GroundingText.Token> clause, Passage passage, ApprovedSources sources) {
        for (GroundingText.Token t : clause) {
            if (!t.carriesFact() || passage.has(t)) {
                continue;
            }
            GroundingRejection.Reason reason;
            if (t.kind() == GroundingText.Kind.NUMBER) {
                reason = sources.hasNumber(t.numbers()) ? GroundingRejection.Reason.UNSUPPORTED_STATEMENT
                        : GroundingRejection.Reason.UNSUPPORTED_NUMBER;
            } else if (sources.hasWord(t)) {
                reason = GroundingRejection.Reason.UNSUPPORTED_STATEMENT;
            } else {
                reason = t.isCalendar() ? GroundingRejection.Reason.UNSUPPORTED_DATE
                        : GroundingRejection.Reason.UNSUPPORTED_WORD;
            }
            return Optional.of(GroundingRejection.of(reason, t.text()));
        }
        return Optional.empty();
    }

    /** How many of the clause's facts the passage has: the passage a rejection is explained against. */
    static long covered(List<GroundingText.Token> clause, Passage passage) {
        return clause.stream().filter(t -> t.carriesFact() && passage.has(t)).count();
    }
}
