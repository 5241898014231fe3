package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batches Q54 and T54, held out, read after their measurement). A shelter "penuh sesak" (crowded), a
 * medicine for breathlessness asked after, a recipe asked idly by someone kept in by smoke and a teacher waiting for a
 * circular "selama kebakaran TPA" got the emergency reply; a clarification that came hours after the quake, praised with
 * thumbs, read positif. The attacks keep breathlessness, a fire under way and someone inside during a fire emergencies, and
 * a question about opening hours neutral.
 */
class CrowdedShelterAndLateClarificationTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"posko pengungsian di GOR pesisir barat penuh sesak, toilet cuma 2 buat ratusan org. anak2 udh mulai diare",
            "min, ari obat sesak di puskesmas aya keneh teu? kamari ceuk perawat seep",
            "min iseng nanya, resep rendang yg empuk gmn? lagi gk bisa keluar rumah nih asep",
            "Selamat pagi, saya guru di SMPN 4 Sangkara. Apakah ada surat edaran resmi dari dinas pendidikan soal pembelajaran jarak "
            + "jauh selama kebakaran TPA? Kepala sekolah kami masih menunggu instruksi."})
    void crowdedAMedicineAskedAnIdleQuestionOrACircularAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy sesak, tolong", "ibu sy sesak, obat nya habis, tolong",
            "selama kebakaran anak sy masih di dalam rumah, tolong",
            "sekolah diliburkan gk? ada kebakaran di belakang sekolah sekarang, api makin besar"})
    void breathlessnessOrAFireUnderWayStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wah mantap min, gempanya jam 6 pagi, klarifikasi hoaksnya baru jam 11. keburu org sekampung lari ke bukit "
            + "semua 👍👍"})
    void aClarificationHoursLatePraisedIsAComplaint(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"posko buka jam 8, bantuan baru datang jam 9 ya min?"})
    void hoursAskedAreNot(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.NETRAL);
    }
}
