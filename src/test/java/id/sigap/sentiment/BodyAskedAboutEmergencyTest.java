package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batches W36 and A37, read): a body whose return home or paperwork was asked about, after a ferry
 * sank, a body withheld by a hospital over a bill and a wait at the morgue got the emergency reply. The attacks keep a body
 * found where people are.
 */
class BodyAskedAboutEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"sambungin ke petugas dong sy mau tanya soal jenazah",
            "sy cuma mau tau jenazah kakak sy kapan bisa dibawa pulang ke pulau lamun",
            "cara ngurus jenazah korban kapal biar bisa dimakamkan di kampung gmn min",
            "min jenazah paman sy ditahan di RS gk boleh dibawa pulang sblm lunas 23 juta",
            "tolong min kami udh 10 jam nunggu di kamar jenazah"})
    void aBodyAskedAboutIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada mayat ngambang di sungai deket jembatan!!", "tolong ada jasad di bawah reruntuhan ruko"})
    void aBodyFoundIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
