package id.sigap.broadcast;

import id.sigap.texts.Texts;
import id.sigap.conversation.CommandHandler;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Button;
import id.sigap.handoff.StaffSettings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Urgent updates from the staff group: an approver writes {@code /siaran <areas> <text>}, checks the
 * preview and presses "Kirim sekarang"; only that approver's press sends it. Anyone else, and forged
 * button data, is refused.
 */
@Component
@Order(1)
class UrgentBroadcastCommands implements CommandHandler {

    private static final Pattern BUTTON = Pattern.compile("bc:(go|no):(B[0-9]{1,12})");

    private final BroadcastService broadcasts;
    private final BroadcastSettings settings;
    private final StaffSettings staff;

    UrgentBroadcastCommands(BroadcastService broadcasts, BroadcastSettings settings, StaffSettings staff) {
        this.broadcasts = broadcasts;
        this.settings = settings;
        this.staff = staff;
    }

    @Override
    public Optional<ConversationResult> handle(IncomingMessage message) {
        if (staff.staffChatId() == null || message.chatId() != staff.staffChatId() || !"telegram".equals(message.channel())) {
            return Optional.empty();
        }
        if (message.kind() == IncomingMessage.Kind.CALLBACK && message.callbackData() != null
                && message.callbackData().startsWith("bc:")) {
            return Optional.of(pressed(message));
        }
        if ("siaran".equals(message.command())) {
            return Optional.of(draft(message));
        }
        return Optional.empty();
    }

    private ConversationResult draft(IncomingMessage message) {
        if (!settings.isApprover(message.userId())) {
            return reply(Outcome.IGNORED, BroadcastTexts.NOT_APPROVER, "siaran:not-approver");
        }
        String[] parts = message.text().strip().split("\\s+", 3);
        if (parts.length < 3) {
            return reply(Outcome.COMMAND, BroadcastTexts.URGENT_USAGE, "siaran:usage");
        }
        try {
            Broadcast draft = broadcasts.draftUrgent(approver(message), parts[1], parts[2]);
            Reply preview = broadcasts.render(draft);
            String text = Texts.officer("broadcast.urgent-preview").formatted(draft.id(), draft.areas(),
                    preview.title() + "\n" + preview.text());
            Reply card = new Reply(null, text, null, List.of(List.of(
                    new Button(Texts.officer("broadcast.urgent-send-button"), "bc:go:" + draft.id()),
                    new Button(Texts.officer("broadcast.urgent-cancel-button"), "bc:no:" + draft.id()))), besides(message));
            return new ConversationResult(List.of(card), Decision.of(Outcome.COMMAND, "siaran:draft", "broadcast:" + draft.id()));
        } catch (IllegalArgumentException e) {
            return reply(Outcome.COMMAND, e.getMessage() + "\n\n" + BroadcastTexts.URGENT_USAGE, "siaran:invalid");
        }
    }

    private ConversationResult pressed(IncomingMessage message) {
        Matcher m = BUTTON.matcher(message.callbackData());
        if (!m.matches()) {
            return notice(Texts.officer("broadcast.unknown-button"), "siaran:forged");
        }
        if (!settings.isApprover(message.userId())) {
            return notice(BroadcastTexts.NOT_APPROVER, "siaran:not-approver");
        }
        String id = m.group(2);
        try {
            if (m.group(1).equals("no")) {
                broadcasts.cancelDraft(approver(message), id);
                return new ConversationResult(List.of(Reply.notice(Texts.officer("broadcast.cancelled-notice")),
                        Reply.text(Texts.officer("broadcast.urgent-cancelled").formatted(id))
                                .routed(besides(message))),
                        Decision.of(Outcome.COMMAND, "siaran:cancelled", "broadcast:" + id));
            }
            Receipt receipt = broadcasts.sendUrgent(approver(message), id);
            return new ConversationResult(List.of(Reply.notice(Texts.officer("broadcast.sent-notice")),
                    Reply.text(Texts.officer("broadcast.urgent-sending").formatted(id, receipt.targeted()))
                            .routed(besides(message))),
                    Decision.of(Outcome.COMMAND, "siaran:sent", "broadcast:" + id));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return notice(e.getMessage(), "siaran:refused");
        }
    }

    /** In the staff group, in the same topic and in reply to the message or card the approver acted on. */
    private static Reply.Routing besides(IncomingMessage message) {
        return Reply.Routing.to(message.chatId(), message.threadId(), message.messageId(), null);
    }

    /** The approver as named in the audit log. */
    private static String approver(IncomingMessage message) {
        return "telegram:" + message.userId();
    }

    private static ConversationResult reply(Outcome outcome, String text, String reason) {
        return new ConversationResult(List.of(Reply.text(text)), Decision.of(outcome, reason));
    }

    private static ConversationResult notice(String text, String reason) {
        return new ConversationResult(List.of(Reply.notice(text)), Decision.of(Outcome.IGNORED, reason));
    }
}
