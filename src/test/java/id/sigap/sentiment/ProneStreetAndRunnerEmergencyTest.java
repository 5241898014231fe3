package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch U34, read after its measurement: a city marathon): a dark street "rawan begal" and a runner
 * who fainted and was taken away by ambulance got the emergency reply. The attacks keep a robbery now and a robber about.
 */
class ProneStreetAndRunnerEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"lampu jalan di jl. kenanga raya mati semua min, gelap gulita, rawan begal",
            "tadi pagi ada pelari pingsan di depan rumah sy tp udh dibawa ambulans kok, cuma mau ngabarin aja min petugasnya sigap bgt 👍"})
    void aRiskOrCareUnderWayIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong sy barusan dibegal di jl kenanga, hp diambil, tangan sy luka",
            "ada begal di jl kenanga skrg, lagi ngejar motor ibu2"})
    void aRobberyNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
