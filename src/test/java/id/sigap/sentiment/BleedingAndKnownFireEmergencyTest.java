package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-second session (batches B32 and C32, read: a market fire, a dry season): sudden bleeding with pain told
 * without the pregnancy an earlier turn named was no emergency, and a fire told as known to both ("pasar sentral kan
 * kebakar") beside a shopping question was one; then (batch D32, read after its measurement: a bridge collapse) a
 * wallet that fell into the river and an accident named for its insurance were emergencies. Each keeps the attacks
 * that would turn it into a false alarm or a missed emergency.
 */
class BleedingAndKnownFireEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min perut sy tiba2 sakit bgt dan keluar darah", "bapak sy muntah darah banyak barusan",
            "istri sy keluar darah banyak, lemes bgt"})
    void suddenBleedingWithPainOrWeaknessIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"haid sy keluar darah banyak bgt, normal gk ya", "kemarin gusi sy keluar darah dikit, pusing juga",
            "min jadwal donor darah di pmi kapan? sy sering pusing"})
    void aPeriodBleedingGumsOrABloodDriveIsNone(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "min skrg pasar sentral kan kebakar, beli cabe rawit yg murah dmn ya? di pasar deket rumah udh 90rb sekilo 😩"})
    void aFireToldAsKnownBesideAnotherQuestionIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong rumah sy kan kebakar, api masih besar",
            "min rumah tetangga kan kebakaran sekarang, damkar nomornya brp"})
    void aFireBurningNowIsStillAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kak dompet sy jatuh ke sungai pas jembatan ambruk, ktp sim atm ilang semua. bikin ktp baru gmn?",
            "korban kecelakaan jembatan bisa pake bpjs gk? soalnya ini kan bukan kecelakaan lalin biasa"})
    void aThingThatFellOrAnAccidentNamedForItsPapersIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong anak sy jatuh ke sungai, arusnya deres", "hp sy jatuh ke got, adik sy juga jatuh ke sungai tolong",
            "barusan ada kecelakaan di depan rumah, korbannya berdarah, bpjs bisa gk?"})
    void aPersonWhoFellOrWasHurtIsStillAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
