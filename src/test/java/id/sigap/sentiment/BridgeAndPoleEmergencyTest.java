package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fourth session (batch U49, read: road works): the Sundanese bridge ("sasak") was read as short of breath, and a
 * pole hit by an excavator as someone hurt; both got the emergency reply. The attacks keep breath short in Minang and
 * Banjar, a child or a father hit, someone pinned under a fence that was hit, and a live line left on the road by a
 * pole that was hit (the normaliser spells "nyala" as "menyala", which the live-line rule now reads too).
 */
class BridgeAndPoleEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"wilujeng enjing, sasak Cipamali di Lembah Hijau nuju dibenerkeun nya?",
            "lampu mati dr siang min, katanya tiang listrik ditabrak beko proyek pelebaran jalan",
            "pagar sekolah ditabrak truk semalem, kapan dibenerin min?"})
    void aBridgeOrAPoleOrAFenceHitIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"amak ambo sasak angok, tolong", "nini ulun sasak napas, kada kawa bangun",
            "tolong ada anak ditabrak motor di depan sd, berdarah", "bapak sy ditabrak mobil barusan",
            "pagar sekolah ditabrak truk, ada murid yg ketimpa",
            "tiang listrik ditabrak truk, kabelnya jatuh ke jalan masih nyala"})
    void shortBreathAPersonHitOrALiveLineStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
