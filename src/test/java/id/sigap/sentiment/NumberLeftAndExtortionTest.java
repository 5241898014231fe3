package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-seventh session: a phone number left to be called on (batch R38, after its measurement: "no hp sy ... kl mau
 * dihubungi" repeated the aid-check entry as a follow-up) asks for a person; the government said to squeeze the people
 * (batch N38, read: "ini pemerintah mau meres rakyat apa") read netral. The attacks keep another agency's number asked
 * for and a question of how to be reached.
 */
class NumberLeftAndExtortionTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"no hp sy 081234567890 kl mau dihubungi", "no hp sy [TELEPON] kalo perlu dihubungi petugas",
            "sy bisa dihubungi di [TELEPON]", "no hp sy [TELEPON] klo mau dihubungin",
            "no hp sy [TELEPON] tolong dihubungi ya"})
    void aNumberLeftToBeCalledOnAsksForAPerson(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomor pln yg bisa dihubungi brp", "kalau mau dihubungi petugas nomornya apa"})
    void anotherNumberAskedForIsNot(String message) {
        assertThat(classifier.classify(message).wantsHuman()).as(message).isFalse();
    }

    @Test
    void thePeopleSqueezedIsNegatif() {
        assertThat(classifier.classify("NJOP naik gila2an, PBB sy taun ini jadi 3x lipat!! ini pemerintah mau meres rakyat apa")
                .sentiment()).isEqualTo(Sentiment.NEGATIF);
    }
}
