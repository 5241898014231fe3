package id.sigap.conversation;

import id.sigap.privacy.ChatDataEraser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The part of {@code /hapus} done by the features that listen for {@link ChatDataDeletionRequested}
 * (recent messages and questions, subscriptions): the event is published synchronously, so a listener
 * that fails makes this part fail, and the deletion job tries it again.
 */
@Component
class ConversationStateEraser implements ChatDataEraser {

    private final ApplicationEventPublisher events;

    ConversationStateEraser(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public String part() {
        return "percakapan";
    }

    @Override
    public void erase(String channel, long chatId) {
        events.publishEvent(new ChatDataDeletionRequested(channel, chatId));
    }
}
