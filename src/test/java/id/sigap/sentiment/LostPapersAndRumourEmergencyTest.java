package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-second session (batch G32, a landslide, read after its measurement): papers lost under the landslide, the
 * cards of the writer and a child, the signs of a landslide asked to be ready and a rumour asked in Sundanese each got
 * the emergency reply, and (batches J32 and N32) a motorbike that almost fell into a pothole, a business that cannot
 * run and someone already in care; an insinuation read positif. Each keeps the attacks that would turn it into a missed emergency.
 */
class LostPapersAndRumourEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "selamat siang, ktp dan kk saya hilang tertimbun waktu longsor. bagaimana cara mengurus yang baru?",
            "kartu bpjs sy sm anak2 ilang pas ngungsi, kalo mau berobat gmn ya min",
            "tanda2 mau longsor itu apa aja sih biar kita siap",
            // batch J32 (read after its measurement): a near miss
            "jalan provinsi arah lembah hijau km 12 ada lubang gede bgt, td motor sy hampir jatoh",
            // batch N32 (read after its measurement): a business that cannot run, someone already in care
            "min usaha laundry sy di batu sari gk bisa jalan krn air digilir, ada kompensasi gk dr pemprov?",
            "Ayah saya 80 tahun, dirawat karena dehidrasi. Mohon ditindaklanjuti oleh pihak provinsi, RSUD Batu Sari perlu "
                    + "tambahan tempat tidur.",
            "min, cenah engke peuting aya banjir bandang ti walungan cikaret, leres teu? warga tos pada sieun"})
    void papersLostSignsAskedOrARumourIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong anak sy tertimbun longsor di belakang rumah", "hp sy hilang, adik sy tertimbun longsor tolong",
            "anak sy hilang dr td pagi pas longsor, kartu bpjs nya dibawa",
            "ada retakan makin lebar, ini tanda mau longsor bukan? tolong",
            "tolong jalan amblas, motor sy masuk lubang, sy ketiban motor",
            "nenek sy gk bisa jalan, air udh masuk rumah tolong", "anak sy dirawat di puskesmas tp skrg kejang lagi tolong",
            "bapak sy dirawat di rsud, sesak napasnya makin parah!!",
            // "cenah" is also "he said": the first version of the guard lost a farewell message told so
            "lanceuk abdi ngirim pesen pamit, cenah tos teu kuat hirup hoyong maot, ayeuna hp na pareum"})
    void aPersonBuriedOrMissingOrSignsSeenNowStayAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pantesan pejabat pada semangat bgt bantuin. ada udang di balik batu"})
    void anInsinuationIsNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }
}
