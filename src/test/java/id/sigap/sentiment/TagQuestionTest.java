package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TagQuestionTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();
    private static final Lexicon lexicon = Lexicon.load();
    private static final TextNormaliser normaliser = new TextNormaliser(lexicon.slang(), lexicon::knows);

    private static String untagged(String message) {
        return TagQuestion.untagged(normaliser.normalise(message), lexicon).joined();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ada gk kuota sembako buat lansia di rw kami",
            "boleh ga parkir motor di halaman balai kota",
            "perlu nggak legalisir ijazah buat daftar",
            "stnk mati boleh diperpanjang gak di samsat keliling?",
            "kartu pelajar berlaku gak buat naik bus gratis?",
            "ijazah paket b diakui nggak sih sama kampus negeri",
            "gak ada layanan malam ya di puskesmas induk?",
            "sertifikat vaksinnya sudah dikirim belum"})
    void aYesNoQuestionWithItsTagInsideTheClauseIsNetral(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }

    @Test
    void theTagIsTakenOutButTheWordsAroundItStay() {
        assertThat(untagged("ada gk kuota sembako buat lansia")).isEqualTo("ada kuota sembako untuk lansia");
        assertThat(untagged("kartu pelajar berlaku gak buat naik bus?")).isEqualTo("kartu pelajar berlaku untuk naik bus");
        assertThat(untagged("gak ada layanan malam ya di puskesmas?")).isEqualTo("ada layanan malam ya di puskesmas");
        assertThat(untagged("ijazahnya diakui nggak sih sama kampus")).isEqualTo("ijazahnya diakui sama kampus");
        assertThat(untagged("sertifikatnya sudah dikirim belum")).isEqualTo("sertifikatnya sudah dikirim");
    }

    @Test
    void aNegationThatNegatesIsNotATag() {
        assertThat(untagged("pengajuan saya gak diproses")).isEqualTo("pengajuan saya tidak diproses");
        assertThat(untagged("jadwalnya sudah gak berlaku lagi")).isEqualTo("jadwalnya sudah tidak berlaku lagi");
        assertThat(untagged("ada gak jelas informasinya")).isEqualTo("ada tidak jelas informasinya");
        assertThat(untagged("gak ada yang angkat telpon ya?")).isEqualTo("tidak ada yang angkat telpon ya");
        assertThat(untagged("bantuannya gak untuk semua warga")).isEqualTo("bantuannya tidak untuk semua warga");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kalian bisa kerja gak sih sebenarnya",
            "ada gak sih petugas yang becus di sini",
            "udah dua minggu gak ada kabar ya? parah",
            "berkas saya sudah ditolak tiga kali, bisa gak diproses yang benar"})
    void aTagInAComplaintOrAimedAtTheOfficeStaysNegative(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }
}
