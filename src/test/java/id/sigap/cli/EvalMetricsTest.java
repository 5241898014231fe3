package id.sigap.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's trust figures, computed on a hand-made set of outcomes. */
class EvalMetricsTest {

    private static GoldenQuestion q(String... expected) {
        return new GoldenQuestion("q", List.of(expected), expected.length == 0);
    }

    private static EvalOutcome answered(GoldenQuestion g, String entry) {
        return new EvalOutcome(g, List.of(entry), false, 0.9, 1000, "", entry, List.of());
    }

    private static EvalOutcome choices(GoldenQuestion g, String... offered) {
        return new EvalOutcome(g, List.of(offered), true, 0.4, 1000, "", null, List.of(offered));
    }

    private static EvalOutcome handedOff(GoldenQuestion g) {
        return new EvalOutcome(g, List.of("x"), true, 0.1, 1000, "", null, List.of());
    }

    @Test
    void trustFiguresFollowTheContractDefinitions() {
        List<EvalOutcome> outcomes = List.of(
                answered(q("a"), "a"),          // right at once
                answered(q("a"), "b"),          // wrong at once
                answered(q(), "c"),             // answered what the knowledge base cannot answer: wrong
                choices(q("a"), "b", "a"),      // one tap away
                choices(q("a"), "b", "c"),      // choices without the right entry
                choices(q(), "b"),              // choices where a handoff was right: counts as handing off
                handedOff(q()),                 // right handoff
                handedOff(q("a")));             // missed answer
        EvalMetrics m = EvalMetrics.of(outcomes);

        assertThat(m.answeredDirectly()).isEqualTo(3 / 8.0);
        assertThat(m.wrongAnswerRate()).isEqualTo(2 / 8.0);
        assertThat(m.choicesOffered()).isEqualTo(3 / 8.0);
        assertThat(m.resolvedWithinOneTap()).isEqualTo(2 / 5.0);
        // Handing off: 3 choices + 2 handoffs; right when nothing is expected: 2 of them; 3 expected handoffs.
        assertThat(m.handoffPrecision()).isEqualTo(2 / 5.0);
        assertThat(m.handoffRecall()).isEqualTo(2 / 3.0);
        assertThat(m.asMap()).containsKeys("answeredDirectly", "wrongAnswerRate", "choicesOffered",
                "resolvedWithinOneTap", "hitAt1", "handoffPrecision");
    }

    @Test
    void aBaselineOutcomeAnswersWithItsFirstEntryUnlessItHandsOff() {
        EvalOutcome kept = new EvalOutcome(q("a"), List.of("a", "b"), false, 0.8, 1, "");
        assertThat(kept.answered()).isEqualTo("a");
        assertThat(kept.withHandoff(true).answered()).isNull();
    }
}
