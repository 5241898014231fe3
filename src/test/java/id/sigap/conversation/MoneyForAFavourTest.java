package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-third session (batches A33 and E33, read: a blackout, a ferry that sank): money taken by an official for a
 * favour got "Sama-sama" ("terima" read as thanks) or choices. Each keeps the attacks that would turn thanks into an
 * allegation or an allegation back into thanks.
 */
class MoneyForAFavourTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "sy mau lapor. ada oknum di dinas perhubungan yg terima uang biar kapal itu tetep brgkt walau muatan lebih. sy punya foto sama rekaman suaranya",
            "ada petugas ngaku dr pln minta 300rb per rumah biar listrik gang kami didahulukan. ini boleh gk sih?",
            "pak kades narik duit 50rb per kk supaya namanya masuk daftar bansos"})
    void moneyAskedOrTakenByAnOfficialForAFavourIsSensitive(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy udh terima uang bantuan td pagi, biar tetangga jg tau caranya gmn",
            "petugas minta fotokopi kk biar datanya lengkap"})
    void moneyReceivedByACitizenOrPapersAskedAreNoAllegation(String message) {
        assertThat(SensitiveQuestion.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sy mau lapor, ada yg terima uang biar antrian didahulukan",
            "warga terima beras kemarin sore di balai desa"})
    void receivingIsNoThanks(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"terima kasih min infonya", "makasih bgt min, sangat membantu",
            "matur nuwun sanget infone", "hatur nuhun pisan", "terimakasih 🙏"})
    void thanksInEveryFormStaysThanks(String message) {
        assertThat(SmallTalk.recognise(message)).as(message).isPresent();
    }
}
