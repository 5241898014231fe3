package id.sigap.llm;

import java.util.Optional;

/**
 * Every number the answer states — in digits, spaced-out digits, or words such as "lima juta tujuh
 * ratus ribu" — has the same value (or digit string) as a number in the sources.
 */
final class NumberRule implements GroundingRule {

    @Override
    public Optional<GroundingRejection> check(CandidateAnswer answer, ApprovedSources sources) {
        return answer.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.kind() == GroundingText.Kind.NUMBER && !sources.hasNumber(t.numbers()))
                .findFirst()
                .map(t -> GroundingRejection.of(GroundingRejection.Reason.UNSUPPORTED_NUMBER, t.text()));
    }
}
