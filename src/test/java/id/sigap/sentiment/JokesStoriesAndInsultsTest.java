package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (held-out wave S57-V57, read after its measurement): "darurat" said as a joke (with 😂 or
 * "becanda"), a flood of 2007 told as a memory with a fear of today's rain, a grandmother's fall of last week told to ask
 * for a pothole to be filled "sblm ada korban lain", a history task about the riots of 1998 and the people "drowning"
 * while the office sleeps, said to insult it, are no emergencies; water thigh-deep in the house with a mother who cannot
 * walk, told in Betawi ("enyak"), is one. The attacks keep laughter beside water at hand, a live wire and a faint.
 */
class JokesStoriesAndInsultsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "bang tolongin bang, aer udah masuk rumah sepaha, enyak aye kagak bisa jalan, aye kagak kuat gendong sendiri. di kampung melayu gang haji saaman",
            // attacks: laughter beside water at hand, a live wire, a faint
            "air udh sepinggang di dalam rumah 😂😂 ini gmn", "kabel listrik putus nyetrum di genangan, anak2 main di situ 😂",
            "bapak sy pingsan gk sadar2 😭😂 tolong", "warga tenggelam di kali belakang pasar, tolong kirim perahu!!"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "darurat min!!! kuota internet sy abis 😂😂 ada bansos kuota gk",
            "min darurat min!!! kakek sy lagi darurat....... darurat kangen cucu 😂😂 becanda min, ini kakek yg nyuruh ngetik katanya salam buat petugas",
            "Saya mau cerita sedikit. Dulu tahun 2007 rumah saya kebanjiran sampai atap, saya dan almarhum suami naik ke genteng semalaman, dingin sekali. Alhamdulillah selamat. Sekarang kalau hujan deras saya masih takut. Ini sekarang musim hujan lagi ya nak?",
            "lapor min, jalan depan SD 2 desa Tanjungsari lubangnya gede bgt. minggu lalu mbah sy jatuh dr motor disitu, lecet2 aja alhamdulillah udh sembuh. tolong ditambal sblm ada korban lain",
            "min dulu kerusuhan 98 di kota kita brp korbannya ya? buat tugas sejarah anak sy",
            "admin g*blok kerja lo apa sih, warga tenggelam lo enak2 tidur"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Asking to be phoned instead of reading (batch U57): a person, not the emergency numbers' entry. */
    @ParameterizedTest
    @ValueSource(strings = {
            "maaf tulisanya kecil sekali saya tidak bisa baca, mata sudah kabur. bisa tidak ditelepon saja. nomor saya 085234001177 atas nama Bu Ratmi",
            "bisa dihubungi langsung aja gk min"})
    void askingToBePhonedWantsAPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }
}
