package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batches M54, O54 and P54, read). A birth's cover asked, a pond flooded with gutter water and an
 * official's kin named beside a landslide got the emergency reply; congratulations on a server that failed in minutes read
 * positif. The attacks keep a birth under way, a house flooded with someone inside and a landslide on someone's kin
 * emergencies, and a mended outage's thanks positif.
 */
class CoverPondAndKinTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"soalnya istri lg hamil 7 bln takut pas lahiran gk ke cover",
            "eh ternyata kata tetangga kolamnya kebanjiran air got, bukan karna fogging. tp tetep mau nanya, asap fogging bahaya gk "
            + "buat ikan peliharaan?",
            "min mau tanya serius. Kontraktor yg dulu bangun jalan Lembah Hijau yg sekarang longsor itu katanya adiknya Kadis PU ya?"})
    void aCoverAskedAPondFloodedOrAnOfficialsKinAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"istri sy mau lahiran sekarang, ketuban pecah, tolong",
            "tolong!! rumah tetangga kebanjiran, anaknya di dalam", "rumah tetangga longsor, adiknya masih di dalam"})
    void aBirthUnderWayOrSomeoneInsideStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"selamat ya min, server ppdb nya hebat bgt bisa tahan 5 menit sebelum tumbang 👏👏",
            "lampu jalannya awet bgt ya, nyala 2 hari terus mati lg"})
    void whatFailedInMinutesPraisedIsAComplaint(String message) {
        assertThat(classifier.classify(message).sentiment().isNegative()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alhamdulillah listrik udah nyala 2 jam, makasih pln"})
    void aMendedOutagesThanksIsNot(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }
}
