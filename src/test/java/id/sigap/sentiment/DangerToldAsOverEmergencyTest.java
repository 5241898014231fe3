package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-first session (batches A31, B31, C31, read: a landslide, a dengue surge, rice prices; then E31, H31 and I31,
 * tap water, a data leak and high waves, read after their measurement): thanks told with the story of a danger now
 * over, a fainting already dealt with beside a polite request, a health hoax passed on, unrest as a school clipping's
 * topic, a tourist stranded by a closed road, tap water asked for or blamed, a message quoted from a group, houses
 * under water and news asked of a search each got the emergency reply and an EMERGENCY ticket. Each guard
 * keeps the attacks that would turn it into a missed emergency.
 */
class DangerToldAsOverEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "makasih bgt min, kemarin sy lapor lewat sini soal nenek sy yg gk bisa keluar rumah, sore nya tim BPBD dtg "
                    + "jemput. skrg nenek udh aman di posko. semoga sehat semua 🙏",
            "Terima kasih Diskominfo. Ibu saya 72 thn kemarin demam tinggi, RS penuh semua, saya bingung. Dari info di "
                    + "sini saya bawa ke puskesmas rawat inap, ditangani cepat dan sekarang sudah pulang.",
            "td pagi di antrian sempet ada yg pingsan tp udh dibawa ke puskesmas & udh sadar kok. cm mau usul, tolong "
                    + "disediain tenda sm air minum ya min",
            "*PENTING!! SEBARKAN* Dokter senior RS bilang DBD sembuh 1 malam cukup minum rebusan daun pepaya. Jgn mau "
                    + "diinfus di RS krn bikin trombosit makin turun!! Kirim ke 10 grup",
            "kak aku siswa smp, disuruh guru bikin kliping ttg bahaya kelangkaan pangan dan kerusuhan. boleh minta "
                    + "sumber info resmi? 🙏",
            "Hi, I'm a tourist stuck in Bukit Sari because of the landslide. Is there any other way to get to the airport?",
            // batch E31 (read): water as a supply, a request to be called back, a message quoted from a group
            "tolong hubungi sy di 0812-3456-7890, sy mau minta tangki air buat pesantren kami, santri 200an",
            "KALIAN INI KERJANYA APA SIH??? ANAK SAYA DIARE 4 HARI GARA2 AIR PDAM!!! MANA TANGGUNG JAWABNYA",
            "Pesan dr grup WA: 'Info dari orang dalam PDAM, ada bahan kimia tumpah ke sungai sumber air, pemerintah "
                    + "sengaja menutupi.' Min tolong klarifikasi",
            // batches H31 and I31 (read after their measurement): houses under water, news of a search
            "wkwk pemerintah baru bangun ya? rumah warga udh tenggelam baru bikin pengumuman 👏👏👏",
            "udh ada kabar penumpang yg hilang blm min?",
            "Selamat siang. Saya wartawan dari media daring lokal. Apakah sudah ada rilis resmi terbaru terkait "
                    + "pencarian penumpang kapal yang hilang?"})
    void aDangerOverATopicOrAHoaxPassedOnIsNoEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "makasih min kemarin udh dibantu, tp skrg nenek sy sesak napas lagi di posko",
            "anak saya sekarang sudah tidak sadar, tolong",
            "td pagi ada yg pingsan di antrian, udh dibawa ke puskesmas, skrg ada lg yg pingsan gk sadar2",
            "sebarkan!! ada bapak2 pingsan di masjid agung butuh dokter sekarang",
            "aku lagi bikin kliping ttg kerusuhan tp di depan rumah skrg ada tawuran, ada yg ditusuk",
            "we are stuck in our car because of the landslide, the mud is up to the windows, help",
            "tolong hubungi saya, air sudah sampai atap, kami di lantai 2 dengan anak2",
            "tolong hubungi sy, banjir masuk rumah, anak saya hanyut!!",
            "pesan dari grup wa: tolong ada anak hanyut di sungai dekat rumah saya sekarang",
            "anak sy minum air pdam langsung kejang dan tidak sadar, tolong!!",
            "adik sy salah satu penumpang kapal yg hilang itu min",
            "ada kabar penumpang yg hilang? tolong, suami sy ikut kapal itu",
            "rumah warga tenggelam, ada anak yg ikut tenggelam di belakang rumah!!",
            "perahu nelayan tenggelam di depan pantai, orangnya masih di air"})
    void dangerStillAtHandStaysAnEmergency(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.emergency()).as(message + " " + reading.signals()).isTrue();
    }
}
