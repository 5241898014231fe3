package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-eighth session (left over from the thirty-seventh, "longsor", "rob" alone): a crisis named in a word or two got
 * "please rephrase". It may be one under way: a person takes it (whose receipt names 112). A ping, a hum and an occasion
 * that only closes roads are still asked to rephrase or answered as a call.
 */
class CrisisNamedAloneTest {

    @ParameterizedTest
    @ValueSource(strings = {"longsor", "tsunami", "rob", "gempa", "erupsi", "gempa!!", "landslide"})
    void aCrisisNamedAloneGoesToAPerson(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hmm", "pawai", "asdf"})
    void noiseAndAnOccasionAreNot(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.REPHRASE);
    }
}
