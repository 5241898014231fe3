package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batch P36, read): fires every year, never dealt with, shouted at the government, got the emergency
 * reply. The attacks keep a fire at hand beside the same complaint.
 */
class YearlyFiresEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"PEMERINTAH GOBLOK SEMUA. TIAP TAHUN KEBAKARAN GK PERNAH BERES, TIAP TAHUN JANJI DOANG",
            "setiap tahun kebakaran hutan, pemprov ngapain aja", "kebakaran lahan gak pernah tuntas, percuma ada dinas"})
    void yearlyFiresComplainedOfAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiap tahun kebakaran, sekarang api udh deket rumah sy tolong",
            "kebakaran tiap tahun, ini ada rumah kebakaran di jl melati skrg, orangnya masih di dalam!!"})
    void aFireAtHandBesideTheComplaintIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
