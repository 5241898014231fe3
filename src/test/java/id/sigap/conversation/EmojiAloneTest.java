package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emoji alone (batches J29 and R29): "🌋🌋😭" and "🙏🙏🔥😭" got "Baik." as if acknowledged. Crying or fear with no word is a
 * concern a person asks about; a thumb or a prayer alone is still acknowledged. Over the approved knowledge base as shipped.
 */
class EmojiAloneTest {

    @ParameterizedTest
    @ValueSource(strings = {"🌋🌋😭", "🙏🙏🔥😭", "😰😰"})
    void cryingOrFearAloneGoesToAPerson(String text) {
        assertThat(ShippedAnswers.decide(text).outcome()).as(text).isEqualTo(Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"👍", "🙏🙏", "👍😊"})
    void aThumbOrAPrayerAloneIsAcknowledged(String text) {
        assertThat(ShippedAnswers.decide(text).outcome()).as(text).isEqualTo(Outcome.SMALL_TALK);
    }
}
