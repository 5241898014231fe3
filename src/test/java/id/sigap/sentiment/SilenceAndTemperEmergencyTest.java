package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batches F35 and H35, read after their measurement: a drowning last week, a heat wave): an
 * official's silence about a drowning or absence from a fire, a crash whose hurt were already taken away and a neighbour
 * who "malah ngamuk" when told off got the emergency reply. The attacks keep a rampage, a drowning now and a fire with
 * someone inside.
 */
class SilenceAndTemperEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "tetangga sy tiap libur parkir mobil tamunya pas depan pager rumah sy, udh ditegur malah ngamuk. bisa dilaporin ke pemprov gk min?",
            "gubernur kok diem aja soal anak tenggelam di pesisir selatan. giliran mau pilkada aja rajin foto2 di pantai",
            "kenapa pak gubernur gk turun langsung ke lokasi kebakaran? malah kunjungan ke luar negeri",
            "td jam 10an ada kecelakaan motor di jl raya pesisir km 12 arah pantai, tp udh diangkut ambulans kok. cuma ngabarin aja itu tikungannya gk ada lampu sm rambu, udh sering kejadian"})
    void silenceAbsenceCareUnderWayOrTemperIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada org ngamuk di pasar, udh mukulin 2 pedagang", "tolong anak sy tenggelam di kolam, gk napas",
            "tolong damkar cepet ke lokasi kebakaran di gang mawar, ada org di dalam"})
    void aRampageADrowningOrAFireWithSomeoneInsideIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
