package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batch V54, read). The garbage left "bar acara" (Javanese: after the event) beside a word of address
 * read "admin sampah" and was handed over as hostile. The attack: an insult beside the word "acara" stays one.
 */
class GarbageAfterTheEventTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min, sampah bar acara semalem numpuk neng pinggir dalan Jl. Pahlawan, mambu tenan",
            "min sampah sisa pawai blm diangkut"})
    void theGarbageLeftIsNoInsult(String message) {
        assertThat(classifier.classify(message).hostile()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin sampah", "dasar admin sampah, acara apaan ini"})
    void anInsultStaysOne(String message) {
        assertThat(classifier.classify(message).hostile()).as(message).isTrue();
    }
}
