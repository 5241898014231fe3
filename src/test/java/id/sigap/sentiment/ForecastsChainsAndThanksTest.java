package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (held-out wave W57-Z57, read after its measurement): asking to be told the date of the next quake
 * ("tolong kasih tgl pasti"), a flood of "th 2016", a price per sack of cement ("brp sesak"), "hampir aja sy ketabrak",
 * thanks for an ambulance that came fast to a birth now well, a chain marked as one ("PESAN BERANTAI ... SEBARKAN!!!")
 * whose water rises in its own words, a long thanks of a family that has moved out since the landslide, and a Sundanese
 * family staying with relatives "saatos banjir bandang" are no emergencies; a strong quake told in English as it happens,
 * the writer inside, is one. The attacks keep a mother unwell now after a birth, an ambulance not yet come to a birth, and
 * water rising told first-hand beside a chain's words.
 */
class ForecastsChainsAndThanksTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "Earthquake RIGHT NOW very strong, things falling, we are on the 3rd floor of a hotel by the beach, what do we do???",
            // attacks
            "ibu sy habis melahirkan semalam, sekarang ibu saya tidak sehat pendarahan terus",
            "ambulans blm dtg cepet tolong istri sy mau lahiran ketuban pecah",
            "tolong air laut naik masuk rumah sy skrg sepinggang, tadi ada pesan berantai katanya ada tsunami"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kapan gempa besar berikutnya? tolong kasih tgl pasti biar kami siap2",
            "dulu th 2016 rumah sy kebanjiran sampe atap, serem bgt pokoknya",
            "min tau gk harga semen skrg brp sesak? mau benerin jalan sendiri aja lah nunggu pemerintah kelamaan",
            "min tadi hampir aja sy ketabrak truk 😰",
            "mau bilang makasih bgt buat tim ambulans semalam, dtg cepet bgt pas istri sy mau lahiran 🙏🙏 skrg ibu dan bayi sehat",
            "PESAN BERANTAI: Air laut akan naik 10 meter malam ini jam 23.00 akibat gerhana bulan, warga pesisir segera mengungsi!!! SEBARKAN!!!",
            "punten min, abdi ngungsi di bumi saderek saatos banjir bandang. anak abdi sakola SD kelas 4, seragam sareng buku na kabawa caah sadayana. aya bantuan teu kanggo sakola?",
            "Assalamualaikum. Sy cuma mau cerita sedikit min. Waktu longsor bulan lalu rumah kami di lereng habis, kami sekeluarga lari cuma bawa baju di badan. Malam itu tim SAR sama relawan yg bawa kami turun, terus kami ditampung di masjid. Skrg kami udh pindah ke rumah adik ipar. Pokoknya terima kasih bnyk buat semua yg udh bantu 🙏😭"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
