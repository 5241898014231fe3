package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (held-out wave I58-L58, read after its measurement): a fallen pole's cable touching the water is an
 * emergency. Floods remembered from "taun lalu", "th 2020" and "th 2007" (a child nearly swept away then, the family safe
 * or moved now, others hit "sekarang"), a Minang road buried by last night's flash flood "indak ado korban", a hospital
 * complaint whose father is in care now and who asks to be contacted, and street lights out where robbers "sok aya" are
 * no emergencies. The attacks keep water waist-deep again now in a house flooded last year, and a flash flood burying a car
 * with people in it.
 */
class MemoriesCablesAndCastsTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "TIANG LISTRIK ROBOH DEPAN RUMAH KABELNYA NYENTUH GENANGAN",
            // attacks
            "tahun lalu kebanjiran juga, sekarang air udh sepinggang lagi di dalam rumah, tolong",
            "LONGSOR di jalan sitinjau lauik barusan!! ado oto nan tatimbun, urang di dalamnyo!!"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "taun lalu rumah sy kebanjiran sampe sepinggang, anak sy hampir hanyut wkt itu 😢 skrg musim hujan lg, ada info gk soal posko pengungsian terdekat di Kel. Sukamaju?",
            "min dulu th 2020 rumah sy kebanjiran sampe atap, serem bgt sumpah. skrg alhamdulillah aman",
            "Dulu th 2007 rmh sy kebanjiran smp atap, sy sama almarhumah istri naik ke genteng semalaman nunggu perahu. Sekarang alhamdulillah sdh pindah ke tempat yg tinggi. Liat berita banjir kemarin sy jd ingat lagi masa itu. Semoga warga yg kena sekarang diberi kesabaran ya min.",
            "Assalamualaikum. Jalan ka Jorong Lubuak Aro tatimbun galodo samalam, oto indak bisa lewat, anak sikolah tapaso bajalan kaki lewat ladang. Alhamdulillah indak ado korban. Bilo alat barek ka datang mambarasiahan?",
            "Saya mau komplain keras. Bapak saya (72th) sesak napas kemarin malam kami bawa ke RSUD. Di IGD disuruh nunggu 4 jam di kursi plastik, lalu dibilang kamar penuh. Sekarang bapak sudah dirawat di RS lain tapi kami mau keadilan. Tolong saya mau dihubungi",
            "punten min, lampu jalan di jalan provinsi caket Ciwidey tos sabulan pareum sadayana, poek pisan wengi, sok aya begal"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
