package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.privacy.ChatDeletions;
import id.sigap.privacy.DeletionOutcome;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /hapus}: records a durable deletion job for the chat, carries it out at once, and tells the
 * citizen what actually happened: deleted, partly deleted and still being retried, or not recorded at all.
 * Runs before every other handler, so nothing about the chat is remembered on the way. Private chats only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeletionCommand implements CommandHandler {

    private final ChatDeletions deletions;

    DeletionCommand(ChatDeletions deletions) {
        this.deletions = deletions;
    }

    @Override
    public Optional<ConversationResult> handle(IncomingMessage message) {
        // A citizen's own chat only: in a group (the staff group above all) /hapus is left to the group's rules.
        if (message.kind() != IncomingMessage.Kind.TEXT || message.chatType() != IncomingMessage.ChatType.PRIVATE
                || !"hapus".equals(message.command())) {
            return Optional.empty();
        }
        DeletionOutcome outcome = deletions.request(message.channel(), message.chatId());
        List<String> reasons = new ArrayList<>(List.of("command:hapus"));
        String text;
        if (!outcome.recorded()) {
            text = BotTexts.DELETION_NOT_RECORDED;
            reasons.add("deletion:not-recorded");
        } else if (!outcome.complete()) {
            text = BotTexts.DELETION_PENDING.formatted(String.join(", ", outcome.pendingParts()));
            reasons.add("deletion:pending");
        } else {
            text = outcome.otherInstances() > 0 ? BotTexts.DELETED + "\n" + BotTexts.DELETED_ELSEWHERE_SOON : BotTexts.DELETED;
        }
        Decision decision = outcome.recorded()
                ? Decision.because(Outcome.COMMAND, Reason.COMMAND, Reason.DATA_ERASED)
                : Decision.because(Outcome.COMMAND, Reason.COMMAND);
        for (String note : reasons) {
            decision = decision.withNote(note);
        }
        return Optional.of(new ConversationResult(List.of(Reply.text(text)), decision));
    }
}
