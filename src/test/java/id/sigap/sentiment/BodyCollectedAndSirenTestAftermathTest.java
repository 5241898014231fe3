package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (batches W51 and Y51, read): a body to be collected from hospital asked about ("... sekarang jenazah di
 * RSUD Lembah Hijau. Untuk mengambil jenazah syaratnya apa saja ya?"), the hurt already home asking about follow-up care, a
 * siren test's scratch counted lucky beside an injury supposed, a trader's story of a siren test asking for it to be
 * planned ("tolong lah direncanain") got the emergency reply; a clap at a test that "bikin satu kampung jantungan" read as
 * praise. The attacks keep a body still in a wreck, the hurt now unconscious, a broken leg now and a child still trapped
 * emergencies.
 */
class BodyCollectedAndSirenTestAftermathTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "Assalamualaikum. Bapak saya termasuk korban meninggal bus kemarin, sekarang jenazah di RSUD Lembah Hijau. Untuk "
                    + "mengambil jenazah syaratnya apa saja ya? Apa harus ada surat dari polisi dulu?",
            "korban luka yg udh pulang itu kontrol lanjutannya gratis jg gk? atau hrs bpjs",
            "Tolong ya yg bikin keputusan tes sirine siang2 tanpa pemberitahuan itu dipikir dulu. Ibu saya umur 78 lari keluar "
                    + "rumah sampai jatuh di teras. Untung cuma lecet. Ini kalau patah tulang siapa yg tanggung jawab??",
            "Kemarin jam 10an sirine bunyi, trus ada yg teriak TSUNAMI, langsung semua lari. Ada ibu2 yg jatuh keinjek, ada anak "
                    + "kecil kepisah sm ibunya. Sy gk marah sama tesnya, tp tolong lah direncanain."})
    void noOneInDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong jenazah bapak sy masih di dalam mobil yg terbalik",
            "korban luka yg udh pulang kok skrg muntah2 gk sadar", "ibu sy jatuh, kakinya patah tulang, gk bisa bangun, tolong",
            "tolong lah direncanain, tadi ada anak kecil keinjek2 masih di bawah kerumunan"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mantap min tesnya sukses. sukses bikin satu kampung jantungan 👏👏👏"})
    void aClapAtAFrightIsNoPraise(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }
}
