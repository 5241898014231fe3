package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches K33, L33 and M33, read after their measurement): an official's stake in a firm was
 * told the stock market is outside the remit, "halo ada orangnya?" got the missing-person entry surely, and a
 * restaurant's gas tanks were told to ask elsewhere. Each keeps the attacks that would read a share price as an
 * allegation or any "ada orang" as a request.
 */
class StakeAndGreetingRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "sy denger kadishub provinsi punya saham di perusahaan kartu itu makanya diwajibin semua warga pake. itu bener kan? kok dibiarin"})
    void anOfficialsStakeInAFirmIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"harga saham bank hari ini brp min", "kadishub kapan perbaiki lampu merah di perempatan"})
    void sharePricesOrAnOfficialsWorkAreNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"halo ada orangnya?", "permisi, ada petugas gk?"})
    void askingWhetherSomeoneIsThereAfterAGreetingAsksForAPerson(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"halo, ada orang hilang di sungai gk kemarin?"})
    void aQuestionAboutSomeoneAfterAGreetingIsNoRequest(String message) {
        assertThat(ShippedAnswers.decide(message).reasons()).as(message).doesNotContain(Reason.ASKED_FOR_HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I own a restaurant in Sangkara and the agent told me I can't use the 3kg tanks anymore. Where can I get 5.5kg or 12kg tanks?"})
    void gasForABusinessIsInTheRemit(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.OUT_OF_SCOPE);
    }
}
