package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batch C55, read). A housing estate flooded waist-deep and rising, and "ada api gede" at the square
 * with "!!", got choices. The attacks: yesterday's big fire asked about, and a waist-deep flood of an estate told without
 * its rising, asked as hearsay.
 */
class FloodedEstateAndBigFireTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"min banjir di perum griya indah pesisir barat udh sepinggang dan naik terus",
            "min ada api gede di lapangan alun2 sangkara!!"})
    void aRisingFloodInTheEstateOrABigFireNowAreEmergencies(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kemarin ada api gede di pasar, penyebabnya apa?",
            "info dong, banjir di perum griya indah katanya sepinggang ya?"})
    void yesterdaysFireOrLastYearsFloodAreNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    /** Batch D55 (read): what the writer managed to save, told beside a question about aid. */
    @ParameterizedTest
    @ValueSource(strings = {"Semalam air masuk cepat sekali, saya cuma sempat selamatkan anak-anak dan surat-surat. Apakah ada bantuan "
            + "modal usaha untuk pedagang kecil seperti saya?"})
    void whatWasSavedIsToldNotAsked(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong selamatkan anak saya", "selamatkan kami, air naik"})
    void aCryToBeSavedStaysOne(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
