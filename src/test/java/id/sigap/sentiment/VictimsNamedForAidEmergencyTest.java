package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fourth session (batch Q50, read: a landslide): "bantuan sembako korban longsor cuma dibagi ke keluarga pak RT
 * doang" got the emergency reply ("longsor" near a person, "keluarga"). When a landslide's or a flood's victims are only
 * named as a group, whom aid is for, and nothing else is found once the phrase is set aside, there is no emergency. The
 * attacks keep victims still buried, hurt, pinned or left without help, a plea, an emergency.
 */
class VictimsNamedForAidEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"bantuan sembako korban longsor cuma dibagi ke keluarga pak RT doang",
            "data korban longsor kemarin brp orang min"})
    void victimsNamedAsAGroupForAidAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"korban longsor masih tertimbun 3 orang, tolong",
            "korban longsor di desa kami blm dievakuasi, ada yg luka parah",
            "korban gempa di kampung sy ada yg kejepit reruntuhan",
            "tolong korban longsor di dusun sy blm ada yg nolong"})
    void victimsInDangerNowStayEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
