package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The misses the 2026-12-02 sweep left: confirmation tags ("..., kan?"), a "belum" tag before a form of address,
 * a rhetorical "X gak sih" that questions the office's competence, and a child not home (docs/sentiment.md,
 * "A child not home").
 */
class KnownMissesTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "bantuannya sudah cair kan?",
            "jalannya sudah dibuka belum?",
            "nggak ada biaya kan",
            "bikin akta kelahiran gak dipungut bayaran kan?",
            "vaksin booster gak wajib kan min",
            "pengambilan kartu gak harus bawa ktp asli kan",
            "besok kantor kecamatan tetap buka kan pak?",
            "kartu pesertanya udah jadi belum min?",
            "paketnya udah dikirim belum kak",
            "bantuan sembako cair belum ya?"})
    void aConfirmationOrNotYetTagIsAPlainQuestion(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment()).as(message + " " + reading.signals()).isEqualTo(Sentiment.NETRAL);
        assertThat(reading.emergency()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bantuan belum cair juga kan, kalian gimana sih",
            "udah sebulan belum ada kabar juga kan?"})
    void aConfirmationTagOnAComplaintStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kalian becus gak sih",
            "becus nggak sih kerjanya dinas ini",
            "pemda peduli ga sih sama warga pinggiran",
            "petugas kecamatan niat kerja gak sih"})
    void aRhetoricalTagQuestioningTheOfficeIsNegatif(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment()).as(message + " " + reading.signals()).isEqualTo(Sentiment.NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anak saya belum pulang sekolah dari tadi siang",
            "cucu saya umur 7 tahun belum pulang ngaji, sudah magrib",
            "adik saya belum ketemu dari sore, tadi main di lapangan"})
    void aChildNotHomeGoesToAPersonAtOnceAndReadsAsDistress(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message).isTrue();
        assertThat(reading.signals()).contains("emergency:missing");
        assertThat(reading.sentiment().isNegative()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "suami saya belum pulang dari kantor, jalan macet ya?",
            "bapak belum pulang kerja, kantor dinas buka sampai jam berapa",
            "ibu belum kembali dari pasar, pasar induk tutup jam berapa?"})
    void anAdultLateHomeWithNothingWrongIsNotAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "suami saya belum pulang melaut sejak badai kemarin",
            "bapak belum pulang dari semalam, hpnya gak aktif",
            "ayah saya belum kembali dari sawah, air sungai sudah naik"})
    void anAdultNotBackWithDangerOrALongSilenceIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bocah tetangga kepleset ke kali, kebawa arus sampai jembatan",
            "nenek saya pikun, dari subuh pergi belum pulang sampai sekarang",
            "kakak saya odgj, sudah dua hari tidak pulang"})
    void someoneSweptAwayOrUnableToFindTheWayHomeIsAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "alhamdulillah ktp yg hanyut kemarin sudah bisa dicetak ulang",
            "motor yang terbawa arus sudah ketemu, mau urus stnk baru gimana"})
    void aThingSweptAwayIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @Test
    void theEmergencyRecallCasesOfTheSentimentTestsStay() {
        assertThat(classifier.classify("ada yang hanyut di kali dekat pasar, tolong").emergency()).isTrue();
        assertThat(classifier.classify("adik saya hilang sejak banjir tadi sore").emergency()).isTrue();
    }
}
