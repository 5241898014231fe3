package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batches Q34, R34 and S34, read after their measurement: a forest fire, a bridge closed, an
 * ordinary week): the fire as the office's work or the news and a fainting already taken away got the emergency reply;
 * giving up on everything and wanting to vanish beside despair got only a person. The attacks keep a fire at one's house,
 * a fire still burning and someone hurt still lying on the road.
 */
class ForestFireTalkEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"pemprov lelet bgt urus kebakaran hutan",
            "td liat di berita kebakaran hutan di pesisir selatan udh 300 hektar ya min",
            "kenapa partai nusa bersatu diem aja soal kebakaran ini? pas kampanye janji2 doang",
            "semalem ada ibu2 pingsan di antrian vaksin gor sangkara, udh dibawa ambulans sih"})
    void theFireAsNewsOrCareUnderWayIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOLONG api udh dkt rumah kami di desa karang sela pesisir selatan",
            "kebakaran hutan udh 300 hektar, api skrg udh masuk kampung kami, tolong",
            "damkar lambat banget nanganin kebakaran di gang mawar, apinya masih gede, rumah tetangga sy kebakar",
            "ada kecelakaan 3 org luka parah, 1 udh dibawa ambulans, 2 masih tergeletak di jalan",
            "gk tau mau ngapain lagi, rasanya pengen ilang aja", "rasanya pengen udahan aja semuanya",
            "min sy gk kuat lagi. udh di phk, istri sakit, bpjs gk aktif, utang dimana2. rasanya pengen ngilang aja"})
    void aFireAtHandSomeoneStillLyingThereOrGivingUpIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
