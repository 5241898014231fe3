package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches F33 and I33, read after their measurement: a volcano, a false tsunami siren): a roof
 * cracking under ash with a child and a grandmother inside and a pyroclastic flow coming down on someone still in the
 * fields were only possible emergencies, and a volunteer offering to help the hurt got the emergency reply. Each keeps
 * the attacks that would turn it into a missed emergency or a false alarm.
 */
class AshAndVolunteerEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "tolong rumah sy ketutup abu tebel bgt, atapnya mulai retak bunyi kretek2, ada anak kecil sm nenek di dlm",
            "GUNUNGNYA GEMURUH TERUS dan ada awan panas turun ke arah kali, sy masih di ladang di atas desa, gmn ini",
            "sy mau nolong org yg luka parah di jalan, gmn?"})
    void peopleInTheWayOrHurtBesideUsAreAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy relawan, mau bantu warga yg luka2. daftar dmn?", "mau daftar jadi relawan, bisa bantu yg luka luka",
            "dinding rumah retak, ada stok beras sama minyak di dalam",
            "katanya kalau awan panas turun ke arah kali, warga harus ngungsi kemana ya?"})
    void helpOfferedGoodsInsideOrAFlowSupposedAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
