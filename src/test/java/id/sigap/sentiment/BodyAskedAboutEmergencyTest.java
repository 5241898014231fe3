package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batch W36, read): a body whose return home or paperwork was asked about, after a ferry sank, got
 * the emergency reply. The attacks keep a body found where people are.
 */
class BodyAskedAboutEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"sambungin ke petugas dong sy mau tanya soal jenazah",
            "sy cuma mau tau jenazah kakak sy kapan bisa dibawa pulang ke pulau lamun",
            "cara ngurus jenazah korban kapal biar bisa dimakamkan di kampung gmn min"})
    void aBodyAskedAboutIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada mayat ngambang di sungai deket jembatan!!", "tolong ada jasad di bawah reruntuhan ruko"})
    void aBodyFoundIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
