package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fourth session (batch R49, read: a market fire): a fire told as spreading in everyday words ("api nya nyebar ke
 * rumah2") got a person at the normal priority. The attacks keep news spreading about a train, and a fire's news
 * spreading, no emergency.
 */
class SpreadingFireEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"TOLONG MIN api nya nyebar ke rumah2 di belakang pasar!!! damkar blm dtg jg",
            "apinya udh menyebar ke kios sebelah min", "api ngerembet ke rumah tetangga cepet bgt"})
    void aFireToldAsSpreadingIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jadwal kereta api baru nyebar di grup wa, itu resmi gk min?",
            "berita kebakaran pasar kemarin udh nyebar kemana2, bantuannya kapan cair"})
    void newsSpreadingIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
