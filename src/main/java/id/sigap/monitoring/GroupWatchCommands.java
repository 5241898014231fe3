package id.sigap.monitoring;

import id.sigap.conversation.CommandHandler;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.Reply;
import id.sigap.handoff.StaffSettings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /pantau on|off} in a community group: a staff member opts the group in or out of monitoring,
 * and the bot announces it to the group in the same step. Anyone else is refused and nothing changes.
 */
final class GroupWatchCommands implements CommandHandler {

    private final GroupOptIns optIns;
    private final StaffSettings staff;

    GroupWatchCommands(GroupOptIns optIns, StaffSettings staff) {
        this.optIns = optIns;
        this.staff = staff;
    }

    @Override
    public boolean actsInOtherGroups() {
        return true;
    }

    @Override
    public Optional<ConversationResult> handle(IncomingMessage message) {
        if (!"pantau".equals(message.command())) {
            return Optional.empty();
        }
        boolean group = message.chatType() == ChatType.GROUP || message.chatType() == ChatType.SUPERGROUP;
        if (!group) {
            return Optional.of(reply(MonitoringTexts.WATCH_ONLY_GROUPS, "pantau:not-group"));
        }
        if (!staff.isStaff(message.userId())) {
            // In a community group the bot answers staff only: a member cannot make it speak there.
            return Optional.of(ConversationResult.ignored("pantau:not-staff"));
        }
        String[] words = message.text().strip().split("\\s+");
        String wanted = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
        if (!wanted.equals("on") && !wanted.equals("off")) {
            return Optional.of(reply(optIns.watched(message.chatId()) ? MonitoringTexts.WATCH_STATUS_ON
                    : MonitoringTexts.WATCH_STATUS_OFF, "pantau:status"));
        }
        boolean on = wanted.equals("on");
        if (!optIns.watch(message.chatId(), on)) {
            return Optional.of(reply(on ? MonitoringTexts.WATCH_ALREADY_ON : MonitoringTexts.WATCH_ALREADY_OFF, "pantau:unchanged"));
        }
        return Optional.of(reply(on ? MonitoringTexts.WATCH_ON.formatted(MonitoringTexts.OFFICE) : MonitoringTexts.WATCH_OFF,
                on ? "pantau:on" : "pantau:off"));
    }

    private static ConversationResult reply(String text, String reason) {
        return new ConversationResult(List.of(new Reply(null, text, null, List.of())), Decision.of(Outcome.COMMAND, reason));
    }
}
