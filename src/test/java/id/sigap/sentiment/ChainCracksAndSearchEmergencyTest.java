package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches P33, Q33, S33 and T33, read after their measurement: aftershocks, a polluted river, high
 * tides, a holiday weekend): salt water in the wells, a dam-breach chain message the writer got from a group, cattle
 * dying by the river and a nature lover offering to join a search got the emergency reply, and cracks growing in a
 * school with children inside were only a possible emergency. Each keeps the attacks that would turn it into a missed
 * emergency or a false alarm.
 */
class ChainCracksAndSearchEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"Mas, banyu asin wis mlebu sumur kabeh. Piye carane oleh banyu resik? Neng ndi posko banyune?",
            "min ini bener? 'BENDUNGAN DI LEMBAH HIJAU JEBOL, WARGA SEGERA MENGUNGSI, SEBARKAN!!' sy dpt dr grup RT",
            "sapi sy 3 ekor minum dr kali, yg satu mati tadi pagi mulutnya berbusa. yg 2 lagi lemes. lapor kemana ini",
            "sy anggota pecinta alam di kota sangkara, boleh gk ikut bantu cari turis yg ilang di taman gunung?"})
    void waterInWellsAChainPassedOnCattleOrHelpOfferedIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anak sy jatuh masuk sumur tetangga, tolong",
            "sy dpt dr grup RT, tp kami beneran terjebak di atap, air naik terus!!",
            "GEDUNG SD DI BELAKANG RUMAH SY RETAKNYA NAMBAH GEDE, MASIH ADA ANAK2 MAIN DI DALEM",
            "sapi sy minum dr kali, anak sy juga minum, skrg anak sy lemes muntah2",
            "tolong ikut bantu cari anak sy yg ilang di pantai"})
    void aChildInAWellOwnPeopleTrappedOrCracksWithChildrenInsideAreAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
