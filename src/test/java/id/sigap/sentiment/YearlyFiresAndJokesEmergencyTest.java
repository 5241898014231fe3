package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-sixth session (batch P36, read): fires every year, never dealt with, shouted at the government, got the emergency
 * reply; (batch Q36, read after its measurement) so did a joke with laughter. The attacks keep a fire at hand beside the
 * same complaint and a plea beside laughter.
 */
class YearlyFiresAndJokesEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"PEMERINTAH GOBLOK SEMUA. TIAP TAHUN KEBAKARAN GK PERNAH BERES, TIAP TAHUN JANJI DOANG",
            "setiap tahun kebakaran hutan, pemprov ngapain aja", "kebakaran lahan gak pernah tuntas, percuma ada dinas",
            "min jembatan aja bisa runtuh apalagi hubungan sy wkwk"})
    void yearlyFiresComplainedOfOrAJokeAreNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiap tahun kebakaran, sekarang api udh deket rumah sy tolong",
            "kebakaran tiap tahun, ini ada rumah kebakaran di jl melati skrg, orangnya masih di dalam!!",
            "tolong min anak sy tenggelam di kali, sy panik bgt hahaha gk tau hrs gmn"})
    void aFireAtHandBesideTheComplaintOrAPleaBesideLaughterIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }
}
