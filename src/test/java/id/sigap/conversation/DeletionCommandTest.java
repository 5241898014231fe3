package id.sigap.conversation;

import id.sigap.privacy.ChatDeletions;
import id.sigap.privacy.DeletionOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** What the citizen is told after {@code /hapus}, for each thing that can happen: never "done" when it is not. */
class DeletionCommandTest {

    private final ChatDeletions deletions = mock(ChatDeletions.class);
    private final DeletionCommand command = new DeletionCommand(deletions);

    private String replyWhen(DeletionOutcome outcome) {
        when(deletions.request("telegram", 5)).thenReturn(outcome);
        ConversationResult result = command.handle(IncomingMessage.text("telegram", 1, 5, "/hapus")).orElseThrow();
        assertThat(result.decision().notes()).contains("command:hapus");
        return result.replies().getFirst().text();
    }

    @Test
    void everythingDeletedIsSaidPlainly() {
        assertThat(replyWhen(new DeletionOutcome(true, List.of(), 0))).isEqualTo(BotTexts.DELETED);
    }

    @Test
    void otherServersStillDeletingTheirCopiesAreMentioned() {
        assertThat(replyWhen(new DeletionOutcome(true, List.of(), 2))).contains(BotTexts.DELETED, "server kami yang lain");
    }

    @Test
    void aPartStillFailingIsNamedAndNotCalledDone() {
        String reply = replyWhen(new DeletionOutcome(true, List.of("transcript"), 0));
        assertThat(reply).contains("transcript", "terus mencoba").doesNotContain("sudah kami hapus");
    }

    @Test
    void aRequestThatCouldNotBeRecordedAsksToTryAgain() {
        String reply = replyWhen(DeletionOutcome.notRecorded());
        assertThat(reply).contains("belum dapat kami catat", "/hapus").doesNotContain("sudah kami hapus");
    }

    @Test
    void otherMessagesPassThrough() {
        assertThat(command.handle(IncomingMessage.text("telegram", 1, 5, "hapus data saya dong"))).isEmpty();
        assertThat(command.handle(IncomingMessage.text("telegram", 1, 5, "/petugas"))).isEmpty();
        IncomingMessage inStaffGroup = new IncomingMessage(2, "telegram", -100500, IncomingMessage.ChatType.SUPERGROUP,
                900L, "Ani", 7, IncomingMessage.Kind.TEXT, "/hapus", null, null, null, null, null, java.time.Instant.now());
        assertThat(command.handle(inStaffGroup)).as("not a citizen's own chat").isEmpty();
        verifyNoInteractions(deletions);
    }
}
