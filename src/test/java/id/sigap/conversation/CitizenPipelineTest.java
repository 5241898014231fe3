package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.handoff.HandoffService;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole citizen pipeline as wired in the application — sentiment, escalation policy, hybrid
 * retrieval over a small knowledge base, extractive answers, handoffs — on a real embedded Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CitizenPipelineTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.kb-dir", () -> "src/test/resources/kb/good");
        registry.add("sigap.data-dir", () -> TestDirs.fresh("pipeline").toString());
    }

    @Autowired
    ConversationService conversation;

    @Autowired
    HandoffService handoffs;

    private ConversationResult say(long chat, String text) {
        return conversation.handle(IncomingMessage.text("web", System.nanoTime(), chat, text));
    }

    @Test
    void anInformalQuestionIsAnsweredFromTheApprovedEntryWithSignalsAndFeedbackButtons() {
        ConversationResult result = say(1, "posko pengungsian di kecamatan utara dmn ya min");
        assertThat(result.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(result.decision().entryId()).isEqualTo("posko-utara");
        assertThat(result.replies().getFirst().title()).contains("Posko pengungsian");
        assertThat(result.replies().getFirst().buttons().getFirst())
                .extracting(Reply.Button::data).containsExactly("fb:u:posko-utara", "fb:d:posko-utara");
        assertThat(result.signals().sentiment()).isEqualTo("netral");
        assertThat(result.signals().retrieved().getFirst().entryId()).isEqualTo("posko-utara");
        assertThat(result.signals().stageMicros()).containsKeys("classify", "retrieve");
    }

    @Test
    void anEmergencyGetsTheEmergencyNumbersFirstAndAnEmergencyHandoff() {
        ConversationResult result = say(2, "tolong air udah sepinggang kami kejebak di atap rumah");
        assertThat(result.decision().outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(result.decision().reasons()).contains(Reason.EMERGENCY);
        assertThat(result.replies().getFirst().text()).contains("112");
        assertThat(result.signals().emergency()).isTrue();
        assertThat(handoffs.openFor("web", 2)).hasValueSatisfying(h ->
                assertThat(h.priority()).isEqualTo(Priority.EMERGENCY));
    }

    @Test
    void anAngryCitizenIsHandedOffAndTheBotKeepsAnsweringWhileTheyWait() {
        ConversationResult angry = say(3, "pemerintah gak becus!! udah 3 hari gak ada yg dateng, parah banget");
        assertThat(angry.decision().outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(angry.decision().reasons()).contains(Reason.NEGATIVE);
        assertThat(angry.decision().priority()).isEqualTo(Priority.HIGH);
        assertThat(angry.replies()).anySatisfy(r -> assertThat(r.text()).contains("petugas humas"));
        assertThat(handoffs.openFor("web", 3)).isPresent();

        ConversationResult next = say(3, "jam buka kantor diskominfo kapan");
        assertThat(next.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(next.decision().reasons()).contains(Reason.RELAYED_TO_STAFF);
    }

    @Test
    void anUnanswerableQuestionIsHandedOffAsSuch() {
        ConversationResult result = say(4, "zebra ungu melompati pelangi kemarin sore");
        assertThat(result.decision().outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(result.decision().reasons()).containsAnyOf(Reason.UNANSWERABLE, Reason.LOW_CONFIDENCE);
        assertThat(result.replies()).anySatisfy(r -> assertThat(r.text()).contains("112"));
    }

    @Test
    void aQuestionOutsideTheRemitIsToldSoAndOpensNoTicket() {
        ConversationResult result = say(7, "berapa harga tiket pesawat ke jakarta besok");
        assertThat(result.decision().outcome()).isEqualTo(Outcome.OUT_OF_SCOPE);
        assertThat(result.replies().getFirst().text()).contains("di luar wewenang").contains("maskapai");
        assertThat(handoffs.openFor("web", 7)).isEmpty();
    }

    @Test
    void smallTalkIsAnsweredWithoutRetrieval() {
        ConversationResult result = say(5, "makasih min 🙏");
        assertThat(result.decision().outcome()).isEqualTo(Outcome.SMALL_TALK);
        assertThat(result.signals().retrieved()).isEmpty();
        assertThat(result.signals().sentiment()).isEqualTo("positif");
    }

    @Test
    void askingForAPersonInWordsOpensAHandoff() {
        ConversationResult result = say(6, "bisa sambungin ke petugas beneran gak");
        assertThat(result.decision().outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(result.decision().reasons()).contains(Reason.ASKED_FOR_HUMAN);
    }
}
