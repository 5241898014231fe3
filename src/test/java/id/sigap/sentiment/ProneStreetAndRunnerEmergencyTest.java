package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch U34, read after its measurement: a city marathon): a dark street "rawan begal" and a runner
 * who fainted and was taken away by ambulance got the emergency reply. The attacks keep a robbery now and a robber about.
 * Batch T34 (read): a fire told in English as there now was only a possible emergency; a fire drill, a fire ban, a fire
 * station asked for and a fire last week stay none.
 */
class ProneStreetAndRunnerEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"lampu jalan di jl. kenanga raya mati semua min, gelap gulita, rawan begal",
            "tadi pagi ada pelari pingsan di depan rumah sy tp udh dibawa ambulans kok, cuma mau ngabarin aja min petugasnya sigap bgt 👍",
            "Is there a fire station near Jalan Merdeka?", "There was a fire at the market last week, is it open again?",
            "there's a fire drill at my office tomorrow, do I need to bring ID?",
            "there is a fire ban in the park this week right? can we still barbecue"})
    void aRiskOrCareUnderWayIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong sy barusan dibegal di jl kenanga, hp diambil, tangan sy luka",
            "ada begal di jl kenanga skrg, lagi ngejar motor ibu2",
            "There's a fire right now at the shops near Pasar Lama in Sangkara, huge black smoke and people are running"})
    void aRobberyNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
