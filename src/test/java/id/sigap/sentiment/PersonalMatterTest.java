package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A complaint about someone of the writer's private life is not anger at the office (docs/sentiment.md). */
class PersonalMatterTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"istri saya marah-marah terus, capek banget", "atasan saya galak sekali, sebel"})
    void aPrivateComplaintIsAtMostBerpotensiNegatif(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.sentiment()).as(message + " " + reading.signals()).isEqualTo(Sentiment.BERPOTENSI_NEGATIF);
    }

    @Test
    void askingWhatToDoAboutAPrivateMatterIsNetral() {
        Classification reading = classifier.classify("mantan saya marah terus, saya sebaiknya bagaimana?");
        assertThat(reading.sentiment()).as(reading.signals().toString()).isEqualTo(Sentiment.NETRAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"suami saya dipukuli orang, sekarang berdarah", "istri saya antre 5 jam di loket, petugasnya kurang ajar"})
    void anEmergencyOrAComplaintAboutTheOfficeIsNotPrivate(String message) {
        Classification reading = classifier.classify(message);
        assertThat(reading.signals()).as(message + " " + reading.signals()).doesNotContain("personal");
    }
}
