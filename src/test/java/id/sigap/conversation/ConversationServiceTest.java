package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.IncomingMessage.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationServiceTest {

    private final List<Object> events = new ArrayList<>();
    private final AtomicReference<IncomingMessage> asked = new AtomicReference<>();
    private final QuestionAnswerer answerer = message -> {
        asked.set(message);
        return new ConversationResult(List.of(Reply.text("jawaban")), Decision.of(Outcome.ANSWER, "stub"));
    };

    private ConversationService service(QuestionAnswerer answerer) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (answerer != null) {
            beans.addBean("answerer", answerer);
        }
        ApplicationEventPublisher publisher = events::add;
        return new ConversationService(beans.getBeanProvider(QuestionAnswerer.class), publisher,
                beans.getBeanProvider(HandoffDesk.class));
    }

    private static IncomingMessage message(Kind kind, ChatType type, String text) {
        return new IncomingMessage(1, "test", 10, type, 10L, "Budi", 1, kind, text, null, null, null, null, null, Instant.now());
    }

    @Test
    void questionsGoToTheAnswerer() {
        ConversationResult result = service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, "posko di mana"));
        assertThat(result.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(asked.get().text()).isEqualTo("posko di mana");
    }

    @Test
    void withoutAnAnswererTheBotSaysItCannotAnswerYet() {
        ConversationResult result = service(null).handle(message(Kind.TEXT, ChatType.PRIVATE, "posko di mana"));
        assertThat(result.decision().outcome()).isEqualTo(Outcome.FALLBACK);
        assertThat(result.replies().getFirst().text()).contains("/petugas", "112");
    }

    @Test
    void startGreetsByNameAndExplainsPrivacy() {
        ConversationResult result = service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, "/start"));
        assertThat(result.replies().getFirst().text()).startsWith("Halo Budi!").contains("/privasi", "/hapus", "112");
        assertThat(asked.get()).isNull();
    }

    @Test
    void hapusPublishesTheDeletionRequestAndConfirms() {
        ConversationResult result = service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, "/hapus"));
        assertThat(events).contains(new ChatDataDeletionRequested("test", 10));
        assertThat(events).hasAtLeastOneElementOfType(TurnCompleted.class);
        assertThat(result.replies().getFirst().text()).contains("sudah kami hapus");
    }

    @Test
    void emptyAndWhitespaceMessagesGetAClearAnswer() {
        ConversationResult result = service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, "   "));
        assertThat(result.replies().getFirst().text()).contains("kosong");
        assertThat(asked.get()).isNull();
    }

    @Test
    void aHugeMessageIsReadUpToTheLimitAndTheCitizenIsTold() {
        ConversationResult result = service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, "banjir ".repeat(3000)));
        assertThat(asked.get().text()).hasSize(ConversationService.MAX_TEXT);
        assertThat(result.replies()).hasSize(2);
        assertThat(result.replies().getFirst().text()).contains("4096");
    }

    @Test
    void aHugeMessageIsCutBeforeAValueAcrossTheLimitNotThroughIt() {
        // Red team 2026-12: cut through, a NIK kept fifteen of its sixteen digits, which no redactor takes for a NIK,
        // and an address kept "rahmat.hidayat@gmai".
        for (String value : List.of("3271011505900022", "3271 - 0115 - 0590 - 0022", "rahmat.hidayat@gmail.com")) {
            String text = "banjir ".repeat(600).substring(0, ConversationService.MAX_TEXT - 8) + " " + value + " terima kasih";
            service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, text));

            assertThat(asked.get().text()).as(value).hasSizeLessThanOrEqualTo(ConversationService.MAX_TEXT)
                    .doesNotContain("3271", "rahmat");
            assertThat(asked.get().text().strip()).as(value).endsWith("banjir");
        }
    }

    @Test
    void unknownCommandsPointToHelp() {
        ConversationResult result = service(answerer).handle(message(Kind.TEXT, ChatType.PRIVATE, "/xyz"));
        assertThat(result.replies().getFirst().text()).contains("/help");
    }

    @Test
    void inGroupsOtherThanTheStaffGroupTheBotStaysSilentEvenForCommands() {
        ConversationService service = service(answerer);
        assertThat(service.handle(message(Kind.TEXT, ChatType.GROUP, "halo semua")).replies()).isEmpty();
        for (String command : java.util.List.of("/help", "/petugas", "/hapus", "/start")) {
            ConversationResult result = service.handle(message(Kind.TEXT, ChatType.SUPERGROUP, command));
            assertThat(result.replies()).as(command).isEmpty();
            assertThat(result.decision().notes()).as(command).contains("unknown-group");
        }
        assertThat(service.handle(message(Kind.CHANNEL_POST, ChatType.CHANNEL, "berita")).replies()).isEmpty();
    }

    @Test
    void everyNonTextKindGetsAnExplanationNotAnException() {
        ConversationService service = service(answerer);
        for (Kind kind : Kind.values()) {
            if (kind == Kind.TEXT || kind == Kind.CHANNEL_POST || kind == Kind.MEMBERSHIP) {
                continue;
            }
            ConversationResult result = service.handle(message(kind, ChatType.PRIVATE, ""));
            assertThat(result.replies()).as(kind.name()).isNotEmpty();
            assertThat(result.decision().keys()).as(kind.name()).isNotEmpty();
        }
    }
}
