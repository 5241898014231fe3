package id.sigap.broadcast;

import id.sigap.conversation.EarlierContext;
import id.sigap.conversation.IncomingMessage;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A citizen who answers an update ("posnya di mana?") is read in its light: the update last delivered to
 * the chat (within {@code sigap.broadcast.context}) lends its words to a short question, first when the
 * citizen used Telegram's reply on the update, otherwise only when the question alone retrieves nothing
 * confidently.
 */
@Component
class BroadcastFollowUps implements EarlierContext {

    private final BroadcastStore store;
    private final BroadcastService service;

    BroadcastFollowUps(BroadcastStore store, BroadcastService service) {
        this.store = store;
        this.service = service;
    }

    @Override
    public Optional<Context> contextFor(IncomingMessage message) {
        if (!"telegram".equals(message.channel())) {
            return Optional.empty();
        }
        return store.lastDeliveredTo(message.chatId()).flatMap(delivered -> store.find(delivered.broadcastId())
                .map(b -> new Context(service.context(b), "follow-up:broadcast:" + b.id(),
                        delivered.messageId() != null && message.replyToMessageId() != null
                                && delivered.messageId().longValue() == message.replyToMessageId())));
    }
}
