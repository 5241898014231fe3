package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.CreateForumTopic;
import com.pengrad.telegrambot.response.CreateForumTopicResponse;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.handoff.StaffChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The staff group in Telegram: topics for conversations when the group has them, and queued posts. */
class TelegramStaffChannel implements StaffChannel {

    private static final Logger log = LoggerFactory.getLogger(TelegramStaffChannel.class);

    private final TelegramBot bot;
    private final long staffChatId;
    private final ChatQueue queue;
    private final ChatDispatcher dispatcher;
    private volatile boolean topicsUnavailable;

    TelegramStaffChannel(TelegramBot bot, long staffChatId, ChatQueue queue, ChatDispatcher dispatcher) {
        this.bot = bot;
        this.staffChatId = staffChatId;
        this.queue = queue;
        this.dispatcher = dispatcher;
    }

    @Override
    public long staffChatId() {
        return staffChatId;
    }

    @Override
    public Optional<Long> openTopic(String name) {
        if (topicsUnavailable) {
            return Optional.empty();
        }
        try {
            String title = name.length() > 128 ? name.substring(0, 128) : name;
            CreateForumTopicResponse response = bot.execute(new CreateForumTopic(staffChatId, title));
            if (response.isOk() && response.forumTopic() != null) {
                return Optional.ofNullable(response.forumTopic().messageThreadId());
            }
            if (response.errorCode() == 400) {
                // Not a forum (or no right to manage topics): use replies to the card from now on.
                topicsUnavailable = true;
                log.info("Staff group has no topics ({}); using card reply threads", response.description());
            }
        } catch (RuntimeException e) {
            log.warn("Could not open a staff topic: {}", e.toString());
        }
        return Optional.empty();
    }

    @Override
    public void post(List<Reply> replies) {
        IncomingMessage origin = new IncomingMessage(0, UpdateMapper.CHANNEL, staffChatId,
                IncomingMessage.ChatType.SUPERGROUP, null, null, null, IncomingMessage.Kind.OTHER, "", null, null,
                null, null, null, Instant.now());
        List<OutgoingMessage> outgoing = ReplyRenderer.render(origin,
                new ConversationResult(replies, Decision.of(Decision.Outcome.HANDOFF, "staff-post")));
        queue.enqueue(outgoing);
        outgoing.stream().mapToLong(OutgoingMessage::chatId).distinct().forEach(dispatcher::signal);
    }
}
