package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a pick typed in words while choices are on offer ("yang kedua", "ga ada yang pas"). */
class ChoicesTest {

    private static final ChoiceMemory.Offer THREE = new ChoiceMemory.Offer("abc123",
            List.of("layanan-a", "layanan-b", "layanan-c"), Language.ID);
    private static final ChoiceMemory.Offer TWO = new ChoiceMemory.Offer("abc123", List.of("layanan-a", "layanan-b"),
            Language.ID);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nomor tiga|3", "pilihan pertama aja|1", "the first one|1", "yg ke 2|2",
            "opsi dua dong|2", "no. 1|1", "the second|2"})
    void aNumberWrittenInWordsIsThatPick(String text, int number) {
        assertThat(Choices.fromText(text, THREE)).hasValueSatisfying(p -> assertThat(p.number()).isEqualTo(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"enggak ada yang pas", "bukan semuanya", "bkn", "none of these", "salah semua", "nope"})
    void aRefusalOfEveryChoiceIsTheNoneOfTheseButton(String text) {
        assertThat(Choices.fromText(text, THREE)).hasValueSatisfying(p -> assertThat(p.number()).isZero());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bukan, saya mau tanya kartu keluarga", "kedua orang tua saya meninggal", "tiga hari air mati",
            "pertama kali bikin ktp", "gak bisa login"})
    void aSentenceThatMerelyHasANumberOrANoIsANewMessage(String text) {
        assertThat(Choices.fromText(text, THREE)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yang ketiga|0", "yang keempat|-1"})
    void theNumberAfterTheLastEntryIsNoneOfThese(String text, int number) {
        assertThat(Choices.fromText(text, TWO).map(Choices.Pick::number).orElse(-1)).isEqualTo(number);
    }
}
