package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty-eighth session (batch M54, read): shelters crowded, children falling ill and a request that the health office act
 * got choices of shelters and disease prevention. A worry that asks the office to act goes to a person. The attacks: a calm
 * question with "tolong dicek" keeps its answer or choices, "tolong" before a body part or "mohon maaf" asks nothing.
 */
class ActionAskedTest {

    @ParameterizedTest
    @ValueSource(strings = {"Di posko pengungsian SD Cibening udh banyak anak2 yg diare dan gatal2. Toilet cuma 2 buat ratusan orang. "
            + "Mohon dinas kesehatan turun tangan, ini bisa jadi wabah."})
    void aWorryThatAsksTheOfficeToActGoesToAPerson(String message) {
        assertThat(ActionAsked.is(message)).as(message).isTrue();
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isEqualTo(Decision.Outcome.HANDOFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong tangan saya sakit", "mohon maaf mau tanya"})
    void aPleaThatAsksNoActionIsNone(String message) {
        assertThat(ActionAsked.is(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolong dicek jadwal imunisasi anak di posyandu"})
    void aCalmRequestKeepsItsAnswerOrChoices(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isIn(Decision.Outcome.ANSWER, Decision.Outcome.CHOICES);
    }
}
