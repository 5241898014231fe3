package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batch O34, read after its measurement: flooded underpasses): a tree fallen on a house with someone
 * still inside was only a possible emergency; aid not received, "tolong diperiksa", got the emergency reply.
 */
class FallenTreeAndAidCheckEmergencyTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"pohon tumbang nimpa rumah di jl. flamboyan 8 pesisir selatan, masih ada org di dalem",
            "tolong anak sy kejang2 gk sadar, tolong diperiksa", "tolong rumah kami kebanjiran sampai dada, anak2 di atap"})
    void someoneUnderATreeOrInDangerIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kami yg kebanjiran beneran malah gk dpt, tolong diperiksa min",
            "pohon tumbang menimpa rumah kosong di jl mawar, tidak ada orang di dalam, kapan dibersihin",
            "kemarin ada pohon tumbang di jl merpati sangkara yg nimpa mobil kan? itu udh dibersihin blm ya? mau lewat situ"})
    void aCheckAskedOrATreeWithNoOneUnderItIsNoEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
