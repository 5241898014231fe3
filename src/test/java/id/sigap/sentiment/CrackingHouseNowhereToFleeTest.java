package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-fifth session (left open by the forty-fourth; batch Q49, read): "rumah retak, sy gk tau harus lari ke mana" (an
 * earthquake felt now) got a person at the normal priority. A building cracking while the writer asks where to flee is an
 * emergency. The attacks keep a crack asked about for repairs and a flight told of a past earthquake out of it.
 */
class CrackingHouseNowhereToFleeTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {"rumah retak, sy gk tau harus lari ke mana",
            "gempa lagi min, rumah retak, sy gk tau harus lari ke mana",
            "dinding retak2 bunyi kretek2, kami harus lari keluar gk?"})
    void aHouseCrackingWithNowhereToFleeIsAnEmergency(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rumah sy retak2 krn gempa kemarin, bantuan perbaikan daftar ke mana?",
            "dulu waktu gempa 2018 rumah retak, sy lari ke mana2 nyari anak. skrg mau tanya bantuan"})
    void aCrackAskedAboutLaterIsNot(String message) {
        assertThat(classifier.classify(message).emergency()).as(message).isFalse();
    }
}
