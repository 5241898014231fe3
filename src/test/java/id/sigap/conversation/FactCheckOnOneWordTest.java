package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batch R54, held out, read after its measurement): "ada videonya, sy kirim disini boleh?" was answered
 * surely with "HOAKS. Kabar bahwa Bendungan Wadas Lintang jebol tidak benar", by "video" alone. A fact-check (an entry
 * tagged {@code hoaks}) is never sure on one shared word; the rumour asked about in its own words still gets it.
 */
class FactCheckOnOneWordTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada videonya, sy kirim disini boleh?"})
    void oneWordOfAFactCheckAnswersNothingSurely(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"video dam jebol yg viral td pagi asli ga", "benarkah bendungan wadas lintang jebol"})
    void theRumourAskedStillGetsItsFactCheck(String message) {
        assertThat(ShippedAnswers.decide(message).entryId()).as(message).isEqualTo("banjir-hoaks-bendungan-wadas-lintang");
    }
}
