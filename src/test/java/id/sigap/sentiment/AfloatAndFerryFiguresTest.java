package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batch U54, read). Someone afloat clinging to a jerrycan and a leaking boat "airnya masuk terus" with
 * eight aboard got a person at the high priority, not the emergency reply; a reporter asking the figures "from the ferry
 * capsizing" and a citizen asking the sinking's cause got it. The attacks: driftwood afloat, a child's float in a pool and
 * a capsized boat with people still in the water.
 */
class AfloatAndFerryFiguresTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"TOLONG MIN ADA ORANG NGAMBANG PEGANGAN DRIGEN DI DEKAT KARANG BOLONG",
            "tolong!! kapal kayu kami bocor airnya masuk terus, kami 8 orang dr pulau karang mau ke pesisir barat",
            "tolong kapal kami terbalik, penyebab nya ombak, masih ada yg di air"})
    void someoneAfloatOrABoatTakingWaterAreEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada sampah kayu ngambang di sungai, tolong dibersihkan",
            "anak sy seneng main pelampung ngambang di kolam renang",
            "Good afternoon. I'm a reporter with a regional news agency. Could the provincial PR office share the latest official "
            + "figures on survivors, fatalities and missing passengers from the ferry capsizing?",
            "penyebab kapal terbalik udah diketahui? KNKT udh turun blm?"})
    void driftwoodAPoolOrTheSinkingsFiguresAndCauseAreNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
