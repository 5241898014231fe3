package id.sigap.handoff;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff group in Telegram: card buttons (claim, resolve, return to bot, use suggestion), staff
 * replies in a conversation's topic or to its card, and {@code /antrian}. Only users listed in
 * {@code SIGAP_STAFF_USER_IDS} may act; anyone else, and any forged button, gets a refusal and
 * changes nothing.
 */
@Component
class StaffDesk {

    private static final Pattern CALLBACK = Pattern.compile("h:([crbs]):(H[0-9A-Z]{1,12})(?::([1-9]))?");

    private final HandoffService handoffs;
    private final StaffSettings staff;

    StaffDesk(HandoffService handoffs, StaffSettings staff) {
        this.handoffs = handoffs;
        this.staff = staff;
    }

    /** True when the message comes from the configured staff group. */
    public boolean isStaffChat(IncomingMessage message) {
        return staff.staffChatId() != null && message.chatId() == staff.staffChatId()
                && "telegram".equals(message.channel());
    }

    public ConversationResult handle(IncomingMessage message) {
        if (message.kind() == IncomingMessage.Kind.CALLBACK) {
            return button(message);
        }
        if ("antrian".equals(message.command())) {
            // Staff only; others get silence, so nobody can spend the group's send budget with it.
            return staff.isStaff(message.userId()) ? queue(message)
                    : ConversationResult.ignored("staff:antrian-refused-non-staff");
        }
        if (message.kind() == IncomingMessage.Kind.EDITED || message.kind() == IncomingMessage.Kind.MEMBERSHIP) {
            return ConversationResult.ignored("staff:service-message");
        }
        Optional<Handoff> handoff = handoffs.byStaffMessage(message.threadId(), message.replyToMessageId());
        if (handoff.isEmpty()) {
            return ConversationResult.ignored("staff:chatter");
        }
        if (!staff.isStaff(message.userId())) {
            return result(List.of(inThread(message, HandoffTexts.staff("only-staff-reply"))),
                    Outcome.IGNORED, "staff:refused-non-staff");
        }
        StaffMember member = new StaffMember(message.userId(), message.userName());
        HandoffService.ActionResult action;
        if (message.kind() == IncomingMessage.Kind.TEXT) {
            action = handoffs.reply(handoff.get().id(), member, message.text());
        } else {
            action = handoffs.reply(handoff.get().id(), member, message.text().isBlank() ? HandoffTexts.ATTACHMENT : message.text());
            if (action.ok() && message.messageId() != null && "telegram".equals(handoff.get().channel())) {
                List<Reply> replies = new ArrayList<>(action.replies());
                replies.add(Reply.text("").routed(Routing.copy(handoff.get().chatId(), null, null,
                        message.chatId(), message.messageId())));
                action = new HandoffService.ActionResult(true, action.notice(), replies);
            }
        }
        List<Reply> replies = new ArrayList<>(action.replies());
        if (!action.ok()) {
            replies.add(inThread(message, action.notice()));
        }
        return result(replies, action.ok() ? Outcome.HANDOFF : Outcome.IGNORED,
                action.ok() ? "staff:reply" : "staff:reply-refused");
    }

    private ConversationResult button(IncomingMessage message) {
        if (!staff.isStaff(message.userId())) {
            return result(List.of(Reply.notice(HandoffTexts.staff("only-staff-button"))),
                    Outcome.IGNORED, "staff:refused-non-staff");
        }
        Matcher m = CALLBACK.matcher(message.callbackData() == null ? "" : message.callbackData());
        if (!m.matches()) {
            return result(List.of(Reply.notice(HandoffTexts.staff("unknown-button"))), Outcome.IGNORED, "staff:forged-callback");
        }
        StaffMember member = new StaffMember(message.userId(), message.userName());
        String id = m.group(2);
        HandoffService.ActionResult action = switch (m.group(1)) {
            case "c" -> handoffs.claim(id, member);
            case "r" -> handoffs.resolve(id, member);
            case "b" -> handoffs.giveBack(id, member);
            default -> m.group(3) == null ? HandoffService.ActionResult.refused(HandoffTexts.staff("unknown-button"))
                    : handoffs.useSuggestion(id, member, Integer.parseInt(m.group(3)));
        };
        List<Reply> replies = new ArrayList<>(action.replies());
        if (action.notice() != null) {
            replies.add(Reply.notice(action.notice()));
        }
        return result(replies, action.ok() ? Outcome.HANDOFF : Outcome.IGNORED,
                "staff:" + m.group(1) + (action.ok() ? "" : ":refused"));
    }

    private ConversationResult queue(IncomingMessage message) {
        List<Handoff> waiting = handoffs.waiting();
        List<Handoff> claimed = handoffs.claimed();
        StringBuilder text = new StringBuilder(HandoffTexts.staff("queue-summary", waiting.size(), claimed.size())).append('\n');
        for (Handoff h : waiting) {
            long minutes = java.time.Duration.between(h.createdAt(), handoffs.now()).toMinutes();
            text.append('\n').append(HandoffTexts.staff("queue-line", HandoffTexts.header(h),
                    HandoffTexts.reasons(h.reasons()), minutes));
        }
        return result(List.of(inThread(message, text.toString())), Outcome.COMMAND, "staff:antrian");
    }

    private static Reply inThread(IncomingMessage message, String text) {
        return Reply.text(text).routed(Routing.to(message.chatId(), message.threadId(), message.messageId(), null));
    }

    private static ConversationResult result(List<Reply> replies, Outcome outcome, String reason) {
        return new ConversationResult(replies, Decision.of(outcome, reason));
    }
}
