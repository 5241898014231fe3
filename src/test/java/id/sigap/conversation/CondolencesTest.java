package id.sigap.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batches M34 and Q34, read after their measurement: a derailment, a forest fire): condolences alone
 * got choices of unrelated entries or a staff ticket. They are thanked for; a question, a bereavement of one's own and a
 * mockery of officials dressed as condolences are not.
 */
class CondolencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"turut berduka min, semoga keluarganya diberi kekuatan",
            "turut berduka utk para korban kereta di lembah hijau, semoga keluarganya diberi ketabahan 🙏",
            "innalillahi, semoga para korban husnul khotimah", "My deepest condolences to the families of the victims."})
    void condolencesAloneAreThankedFor(String message) {
        ConversationResult result = ShippedAnswers.withMood(RecentQuestions.NONE)
                .answer(IncomingMessage.text("test", 1, 42, message));

        assertThat(result.decision().outcome()).as(message).isEqualTo(Decision.Outcome.SMALL_TALK);
        assertThat(result.replies().getFirst().text()).as(message).containsAnyOf("simpati", "sympathy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"turut berduka atas matinya nurani pejabat tirta raya",
            "turut berduka, tapi korban kapan dapat santunan?",
            "innalillahi, ibu sy meninggal td pagi, ngurus akta kematian gmn"})
    void aQuestionAMockeryOrOnesOwnLossIsNoCondolence(String message) {
        assertThat(ShippedAnswers.decide(message).outcome()).as(message).isNotEqualTo(Decision.Outcome.SMALL_TALK);
    }
}
