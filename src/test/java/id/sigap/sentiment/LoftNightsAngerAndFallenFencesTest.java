package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-second session (batches Y58, Z58, A59, B59, read): a night in the loft told after the water went down, floods every
 * year told in anger with "!!", a bill that "bikin sy kena serangan jantung", an itch "sejak air naik" and a wall fallen on
 * the writer's own car are no emergencies. The attacks keep someone still trapped after the water went down, water at the
 * chest now beside the yearly floods, a heart attack told of a father, and a child inside the car that was hit.
 */
class LoftNightsAngerAndFallenFencesTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "semalem air masuk jam 2 pagi, kami sekeluarga naik ke loteng sampe subuh, alhamdulillah gk ada yg kenapa2. skrg air udh surut tp lumpurnya setebel betis. sy mau tanya ada gk bantuan buat bersihin lumpur?",
            "Pemprov apa kerja kalian?? Udah tiap tahun banjir di Medan gak pernah beres2. Kami bayar pajak!! Jgn cuma bagi2 mie instan",
            "tagihan listrik bulan ini bikin sy kena serangan jantung 😵 padahal listrik mati seminggu pas banjir. ada kompensasi gk sih?",
            "di mana ki bisa dapat obat gatal? anakku gatal-gatal semua badannya sejak air naik, merah-merah ki",
            "pager tembok tetangga roboh kena banjir trs nimpa mobil sy. dia gk mau ganti rugi katanya bencana alam. sy bisa tuntut gk?"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "air sudah surut tapi nenek masih terjebak di loteng, tidak bisa turun",
            "tiap tahun banjir!! sekarang air naik lagi sampai dada, kami di atap",
            "bapak sy kena serangan jantung barusan",
            "pohon roboh menimpa mobil saya, anak saya di dalam",
            "pohon roboh menimpa mobil saya, tolong!!"})
    void dangerNowStaysAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
