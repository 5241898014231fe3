package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches H33 and J33, read after their measurement: a hacked website, rice prices): an official
 * car taken on a family trip got Batu Sari's shelters surely, stock held back by an official the market operation
 * surely, and a restaurant owner's question about the market operation was told to ask elsewhere. Each keeps the
 * attacks that would make an ordinary question about cars, stock or eating out an allegation.
 */
class OfficialCarAndHoardingTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "mau lapor, kepala dinas di batu sari pake mobil dinas plat merah buat jalan2 ke pantai sm keluarganya minggu kemarin, ada fotonya",
            "sy denger kepala dinas perdagangan punya gudang beras sendiri dan sengaja nahan stok biar harga naik. kok gk ada yg ngusut??",
            "camat nimbun elpiji di gudang rumahnya"})
    void anOfficialsCarOnATripOrStockHeldBackIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobil dinas damkar gk bisa lewat jalan sempit di gang kami",
            "stok beras di gudang bulog masih aman gk?", "petugas dinas sosial kapan datang ke desa kami"})
    void carsStockAndVisitsAreNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello, I run a small restaurant in Batu Sari. Cooking oil went from 18k to 24k a litre in a week. Can businesses buy in bulk at the operasi pasar?"})
    void aBusinessAskingAboutTheMarketOperationIsInTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rekomendasi restoran enak di sangkara dong", "kafe buat nongkrong di batu sari dmn ya"})
    void eatingOutStaysOutsideTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }
}
