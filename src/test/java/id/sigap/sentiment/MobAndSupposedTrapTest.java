package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batches I55 and J55, held out, read after their measurement). A crowd come with sticks to an
 * official's house, and a threat to burn it with a child inside, got choices and a person at the high priority; a wheelchair
 * user asking to be listed for an evacuation "kalau status naik" got the emergency reply; "giliran video viral aja baru
 * gerak cepet" read positif. The attacks: a crowd with banners, garbage burnt near a house, a roof with the water rising
 * and a supposition beside being trapped now.
 */
class MobAndSupposedTrapTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"MIN TOLONG ada rombongan org bawa kayu di depan rumah petugas yg viral itu di perum griya asri batu sari",
            "mereka teriak2 mau bakar rumahnya, ada anak kecil di dalam",
            "air naik, kalau tidak segera dijemput kami tidak bisa turun dari atap",
            "tolong kami tidak bisa keluar, kalau air naik lagi bagaimana"})
    void anArmedCrowdAThreatToBurnOrATrapNowAreEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"massa bawa spanduk di depan kantor gubernur",
            "Saya pengguna kursi roda, tinggal sendiri di Kecamatan Pasir Jaya, Lembah Hijau. Zona saya belum wajib mengungsi, tapi kalau "
            + "status naik saya tidak bisa turun sendiri. Apakah ada pendataan warga disabilitas untuk evakuasi?",
            "kalau banjir lagi nenek saya tidak bisa keluar rumah, ada evakuasi khusus lansia?"})
    void bannersOrATrapSupposedAreNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"giliran video viral aja baru gerak cepet"})
    void movingOnlyOnceViralIsAComplaint(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    /** Batches M55 and N55 (held out, read after their measurement). */
    @ParameterizedTest
    @ValueSource(strings = {"harga beras di pasar batu sari meledak min!! naik 3rb sekilo dlm seminggu", "jumlah pendaftar meledak tahun ini",
            "Kenapa gubernur belum ada pernyataan resmi soal kecelakaan kapal ini? Sudah tiga hari. Apa karena dekat pilkada jadi "
            + "takut salah ngomong?"})
    void pricesThatExplodeOrTheAccidentAsATopicAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabung gas di warung meledak, ada yang luka", "kecelakaan kapal di pantai, ada yang luka, belum ada ambulans",
            "tolong soal kecelakaan kapal tadi, masih ada penumpang di laut"})
    void anExplosionOrAnAccidentWithPeopleHurtStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
