package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty-first session (held-out wave M58-P58, written after the session's other changes and read after its measurement):
 * a shock of yesterday whose neighbour is fine and whose sockets are "masih lembab", a landslide seen in the news whose
 * relative "katanya aman", a child who nearly drowned last night and is well now, thanks for help after "thn lalu" whose
 * house "udh dibangun lg", and a mother on the fifth anniversary ("tepat 5 tahun") of her son swept away are no
 * emergencies. The attacks keep a child drowning now, a shock now, and a neighbour hurt or trapped now beside the news and one's own safe.
 */
class NearMissesAndAnniversariesTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"anak sy tenggelam di selokan barusan, gk sadar, tolong", "tetangga sy kesetrum skrg masih nempel di kabel",
            // attacks on the news guard: one's own safe, a neighbour hurt or trapped now
            "liat berita ada gempa, keluarga sy aman, tp tetangga sy luka parah kena reruntuhan barusan, tolong!!",
            "td liat berita ada banjir di kampung sy, keluarga sy aman tp tetangga sy kejebak di atap, tolong"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kemaren tetangga sy kesetrum pas bersihin rumah abis banjir, untung udh gpp cuma kaget. nah sy mau nyalain listrik lg aman gk ya? colokan msh lembab",
            "td liat di berita ada longsor di kabupaten sebelah ya min? ada korban jiwa gk? sodara sy tinggal di sana tp udh sy telp katanya aman",
            "kak cuma mau bilang makasih bgt buat tim yg dulu bantu kami pas longsor thn lalu di dusun Cibeureum 🙏🙏 skrg rumah kami udh dibangun lg. semoga sehat selalu semuanya",
            "hari ini tepat 5 tahun anak sy hanyut di sungai waktu banjir. jasadnya gk pernah ketemu. sy gk tau mau cerita ke siapa lg, suami udh gk mau bahas. maaf ya min sy nulis di sini"})
    void noDangerNowIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
