package id.sigap.llm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faithful paraphrases of the sample knowledge base's entries (written for this test, in
 * {@code honest-answers.jsonl}) must reach the citizen: the grounding check must not turn every
 * generated answer into the extractive one. Each is checked against its own entry alone, the
 * strictest case (retrieval usually gives two more entries, which can only add support).
 */
class HonestParaphrasesTest {

    @Test
    void faithfulParaphrasesOfTheSampleEntriesAreDelivered() {
        List<GroundingFixtures.Honest> tunedOn = new ArrayList<>(GroundingFixtures.honest());
        tunedOn.addAll(GroundingFixtures.secondHonest());
        double delivered = deliveredShare("tuned-on", tunedOn);
        // A rejected honest answer costs little (the citizen gets the approved text itself), but too
        // many make generated answers pointless; see docs/grounding.md for the measured rates.
        assertThat(delivered).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void faithfulParaphrasesTheRulesWereNeverTunedOnAreMostlyDelivered() {
        assertThat(deliveredShare("held-out", GroundingFixtures.heldOutHonest())).isGreaterThanOrEqualTo(0.7);
    }

    private static double deliveredShare(String set, List<GroundingFixtures.Honest> cases) {
        List<String> rejected = new ArrayList<>();
        for (GroundingFixtures.Honest c : cases) {
            GroundingCheck.Verdict verdict = GroundingCheck.check(c.answer(), List.of(GroundingFixtures.source(c.entry())));
            if (!verdict.grounded()) {
                rejected.add(verdict.reason() + "  <-  " + c.answer());
            }
        }
        System.out.printf("honest paraphrases (%s) delivered: %d/%d%n", set, cases.size() - rejected.size(), cases.size());
        rejected.forEach(r -> System.out.println("  rejected " + r));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        return (double) (cases.size() - rejected.size()) / cases.size();
    }
}
