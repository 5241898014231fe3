package id.sigap.telegram;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.handoff.StaffChannel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The staff group in Telegram: topics for conversations when the group has them, and queued posts. Everything it
 * sends goes through the staff group's outbox, the rate limiter and the send fence.
 */
class TelegramStaffChannel implements StaffChannel {

    private final long staffChatId;
    private final ChatQueue queue;
    private final ChatDispatcher dispatcher;
    private volatile boolean topicsUnavailable;

    TelegramStaffChannel(long staffChatId, ChatQueue queue, ChatDispatcher dispatcher) {
        this.staffChatId = staffChatId;
        this.queue = queue;
        this.dispatcher = dispatcher;
    }

    @Override
    public long staffChatId() {
        return staffChatId;
    }

    /**
     * Queues the topic's creation at the head of the staff group's outbox (so it is rate-limited, fenced and
     * retried like every other call, and comes before the card that goes in it) and returns a placeholder thread
     * id at once. Calls naming the placeholder are sent in the real topic; staff messages in the real topic come
     * in under the placeholder (see {@link UpdateIngest}), so the rest of Sigap only ever sees the placeholder.
     */
    @Override
    public Optional<Long> openTopic(String name) {
        if (topicsUnavailable || queue.topicsUnavailable()) {
            topicsUnavailable = true;
            return Optional.empty();
        }
        long placeholder = queue.nextTopicPlaceholder();
        queue.enqueue(List.of(OutgoingMessage.createTopic(staffChatId, name, placeholder)));
        dispatcher.signal(staffChatId);
        return Optional.of(placeholder);
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
