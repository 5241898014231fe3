package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fifth session (batches X35-B36, read after their measurement): papers lost, swept away or buried, and a nail
 * wound asked about got the emergency reply (an older woman writing "ibu" of herself and of her lost card read as a missing
 * mother); a live power line down where people pass was only a possible emergency. The attacks keep a person lost or
 * swept away beside the thing, and a wound that bleeds on.
 */
class LostThingsAndLiveWireEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"assalamualaikum nak, ibu mau tanya kartu bpjs ibu ilang gimana ngurusnya ya",
            "berapa lama sih surat keterangan kehilangan dr polisi keluar? sy perlu buat ngurus sertifikat tanah yg ilang kebawa banjir",
            "Bagaimana cara mengurus ulang dokumen yang hilang? Ijazah dan KK saya tertimbun reruntuhan rumah.",
            "mau tanya, suntik tetanus gratis gk buat yg luka kena paku pas bersih2 rumah?",
            "hp anak sy hilang di sekolah, lapor kemana ya"})
    void aThingLostOrAMinorWoundIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ktp sy hanyut bersama anak sy, anak sy belum ketemu",
            "anak sy hilang di pasar, dompet sy jg ilang, anak umur 5 th",
            "kaki anak sy luka kena paku, darahnya gk berhenti2",
            "ada kabel listrik putus jatoh ke jalan di jl. pahlawan batu sari, masih ada percikan api, org2 lewat aja"})
    void aPersonLostOrHurtOrALiveWireIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
