package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-seventh session (batches J38, L38, P38, read): "cepat" urging speed beside a question or a plea read positif, as
 * if the service were praised ("nomor sar brp cepet", "ambulans dmn min cepet", "tolong dijawab cepet"). Praise of speed
 * stays positif.
 */
class UrgedSpeedTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"nomor sar brp cepet", "ambulans dmn min cepet", "nomor damkar brp cepet!!!",
            "tolong dijawab cepet sy hrs ngabarin grup wali murid"})
    void speedUrgedIsNoPraise(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isNotEqualTo(Sentiment.POSITIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pelayanannya cepet bgt makasih min", "prosesnya cepat, mantap", "cepet bgt responnya",
            "respon adminnya cepet, saya jadi ngerti cara urus bpjs", "makasih banyak min, ktp saya udah jadi cepet bgt"})
    void speedPraisedIsPositif(String message) {
        assertThat(classifier.classify(message).sentiment()).as(message).isEqualTo(Sentiment.POSITIF);
    }
}
