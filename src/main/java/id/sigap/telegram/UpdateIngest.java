package id.sigap.telegram;

import com.pengrad.telegrambot.model.Update;
import id.sigap.conversation.IncomingMessage;
import id.sigap.ops.SigapMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;

/**
 * The one door for Telegram updates, from long polling or the webhook: translate, record durably
 * (once per update id, queuing the chat for every instance's taker), then wake this instance's taker. Throws when the update could not be recorded,
 * so the caller does not acknowledge it to Telegram.
 */
class UpdateIngest {

    private static final Logger log = LoggerFactory.getLogger(UpdateIngest.class);

    private final ChatQueue queue;
    private final ChatDispatcher dispatcher;
    private final SigapMetrics metrics;

    UpdateIngest(ChatQueue queue, ChatDispatcher dispatcher, SigapMetrics metrics) {
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
    }

    /**
     * Records a batch of updates (one getUpdates answer) in one Redis round trip, then wakes the taker once;
     * returns how many were new.
     */
    int ingestAll(List<Update> updates) {
        List<IncomingMessage> messages = new ArrayList<>(updates.size());
        for (Update update : updates) {
            IncomingMessage message = read(update);
            if (message != null) {
                messages.add(message);
            }
        }
        List<Boolean> fresh = queue.acceptAll(messages);
        int added = 0;
        for (int i = 0; i < messages.size(); i++) {
            IncomingMessage message = messages.get(i);
            if (fresh.get(i)) {
                metrics.messageIn(message.channel());
                added++;
            } else {
                metrics.duplicateDelivery(message.channel());
                log.info("Update {} was delivered again; handled once already", message.updateId());
            }
        }
        if (added > 0) {
            dispatcher.wake();
        }
        return added;
    }

    /** Records the update; true when it was new. */
    boolean ingest(Update update) {
        IncomingMessage message = read(update);
        if (message == null) {
            return false;
        }
        MDC.put(ChatDispatcher.MDC_UPDATE, message.channel() + ":" + message.updateId());
        try {
            boolean fresh = queue.accept(message);
            if (fresh) {
                metrics.messageIn(message.channel());
                // The chat is in the shared ready queue (unless a worker holds it): any instance's taker may take it.
                dispatcher.wake();
            } else {
                metrics.duplicateDelivery(message.channel());
                log.info("Update {} was delivered again; handled once already", update.updateId());
            }
            return fresh;
        } finally {
            MDC.remove(ChatDispatcher.MDC_UPDATE);
        }
    }

    /** The message an update carries, or null when it cannot be read or is of a kind Sigap ignores. */
    private IncomingMessage read(Update update) {
        IncomingMessage message;
        try {
            message = UpdateMapper.map(update);
        } catch (RuntimeException e) {
            log.warn("Update {} could not be read and is skipped: {}", update.updateId(), e.toString());
            return null;
        }
        if (message == null) {
            log.debug("Update {} is of a kind Sigap ignores", update.updateId());
            return null;
        }
        return withTopicPlaceholder(message);
    }

    /** A message in a topic Sigap created carries the placeholder the rest of Sigap knows that topic by. */
    private IncomingMessage withTopicPlaceholder(IncomingMessage m) {
        if (m.threadId() == null || m.threadId() <= 0) {
            return m;
        }
        return queue.placeholderFor(m.threadId()).map(placeholder -> new IncomingMessage(m.updateId(), m.channel(),
                m.chatId(), m.chatType(), m.userId(), m.userName(), m.messageId(), m.kind(), m.text(), m.callbackId(),
                m.callbackData(), placeholder, m.replyToMessageId(), m.languageCode(), m.receivedAt())).orElse(m);
    }
}
