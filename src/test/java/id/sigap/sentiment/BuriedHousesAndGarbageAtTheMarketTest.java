package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-sixth session (batch J52, read): houses buried by a landslide a moment ago were only a possible emergency, and
 * garbage piled at a market beside a word of address ("min sampah ...") was read as an insult to the admin. The attacks
 * keep a house buried and told to ask for aid, and the insult itself, as they should be.
 */
class BuriedHousesAndGarbageAtTheMarketTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"longsor min di dusun Watu Gede Lembah Hijau barusan, 2 rumah ketimbun",
            "longsor barusan, 2 rumah ketimbun, bantuan kapan dateng",
            "rumah tetangga roboh, nenek masih di dalam, bantuan kapan"})
    void housesBuriedNowAreAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rumah sy ketimbun longsor, bantuannya kapan ya",
            "rumah sy ketimbun longsor tahun lalu, bantuan rehab kapan cair",
            "barusan ada longsor kecil, jalan ketimbun tanah"})
    void aHouseBuriedToldForItsAidIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"min sampah ning pasar induk Sangkara wis numpuk seminggu ra diangkut, mambu banget",
            "min sampah numpuk di depan rumah"})
    void garbageBesideAnAddressIsNoInsult(String message) {
        Classification c = classifier.classify(message);
        assertThat(c.hostile()).as(message).isFalse();
        assertThat(c.sentiment()).as(message).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin sampah", "min sampah banget kerjanya"})
    void theInsultStaysAnInsult(String message) {
        assertThat(classifier.classify(message).hostile()).as(message).isTrue();
    }

    /** Batch M52 (read): a footbridge fallen a moment ago and a power line down across a road, each with a plea. */
    @ParameterizedTest
    @ValueSource(strings = {"tolong min jembatan gantung di dusun kali putih roboh barusan",
            "MIN TOLONG KABEL LISTRIK PUTUS JATOH KE JALAN",
            "kabel listrik putus jatuh ke jalan, bahaya bgt anak2 lewat"})
    void aBridgeFallenNowOrALineDownIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kabel internet putus jatuh ke jalan, tolong dibenerin",
            "kabel listrik putus jatuh ke jalan kemarin, sudah diperbaiki PLN, makasih",
            "jembatan di desa kami roboh tahun lalu, tolong kapan dibangun lagi",
            "kabel listrik putus jatuh ke jalan depan rumah, tolong dicek ya min"})
    void aLineReportedForRepairOrABridgeLongFallenIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
