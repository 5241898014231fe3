package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * During a rabies outbreak "anjing" names the dog: batch C28 (held out) had "min anjing sy udh divaksin rabies ..." read
 * as hostile, because "min" (admin) stood near the swearword. Words that make it the animal ({@code LITERAL_CUE}) take it
 * back, unless the writer addresses someone with it ("anjing lu").
 */
class LiteralAnimalTest {

    private final SentimentClassifier classifier = SentimentClassifier.offline();

    @ParameterizedTest
    @ValueSource(strings = {
            "min anjing sy udh divaksin rabies, dpt kartu/sertifikat gk? soalnya mau dibawa mudik naik kapal",
            "ada pesan berantai di grup WA katanya anjing2 liar mau diracun massal sm petugas pemprov minggu ini, bener gk min?",
            "min, anjing tetangga lepas terus, takut digigit",
            "kak babi ternak sy mati mendadak, lapor ke mana"})
    void theAnimalIsNoInsult(String text) {
        assertThat(classifier.classify(text).hostile()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anjing lu admin", "dasar anjing", "admin anjing", "anjing kamu, digigit aja sana",
            "bot anjing gak guna"})
    void anInsultStaysHostile(String text) {
        assertThat(classifier.classify(text).hostile()).as(text).isTrue();
    }
}
