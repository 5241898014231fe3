package id.sigap.telegram;

import id.sigap.conversation.Reply.Button;

import java.util.List;

/**
 * One Bot API call waiting in a chat's durable outbox.
 *
 * @param type       what call to make
 * @param chatId     target chat
 * @param html       message text in Telegram HTML (MESSAGE); the topic's title (CREATE_TOPIC)
 * @param buttons    inline keyboard rows (MESSAGE)
 * @param threadId   forum topic to post in, when any; negative: a topic still being created (CREATE_TOPIC: the
 *                   placeholder it stands for)
 * @param replyTo    message to reply to, when any (EDIT_BUTTONS: the message whose buttons change)
 * @param callbackId the callback query answered (CALLBACK_ANSWER)
 * @param notice     short text shown by the client for a callback answer
 * @param fromChatId COPY: chat of the original message
 * @param fromMessageId COPY: id of the original message
 * @param tag        reported back with the new message id once sent
 * @param update     correlation id of the update that caused it ({@code telegram:<update_id>}), for logs
 * @param receivedAt when that update was received (epoch ms), for update-to-reply latency
 * @param queuedAt   when the call entered the outbox (epoch ms), for outbox age
 * @param urgent     part of an emergency: goes ahead of everything else in its chat's outbox, and ahead of every
 *                   other message for the rate limiter's overall budget
 */
record OutgoingMessage(Type type, long chatId, String html, List<List<Button>> buttons, Long threadId,
                       Integer replyTo, String callbackId, String notice, Long fromChatId, Integer fromMessageId,
                       String tag, String update, Long receivedAt, Long queuedAt, boolean urgent) {

    OutgoingMessage {
        buttons = buttons == null ? List.of() : buttons;
    }

    static OutgoingMessage message(long chatId, String html, List<List<Button>> buttons, Long threadId,
                                   Integer replyTo, String tag) {
        return new OutgoingMessage(Type.MESSAGE, chatId, html, buttons, threadId, replyTo, null, null, null, null, tag,
                null, null, null, false);
    }

    static OutgoingMessage callbackAnswer(long chatId, String callbackId, String notice) {
        return new OutgoingMessage(Type.CALLBACK_ANSWER, chatId, null, List.of(), null, null, callbackId, notice,
                null, null, null, null, null, null, false);
    }

    /** New inline buttons for the message {@code messageId} (carried in {@code replyTo}). */
    static OutgoingMessage editButtons(long chatId, int messageId, List<List<Button>> buttons) {
        return new OutgoingMessage(Type.EDIT_BUTTONS, chatId, null, buttons, null, messageId, null, null, null, null,
                null, null, null, null, false);
    }

    static OutgoingMessage copy(long chatId, Long threadId, Integer replyTo, long fromChatId, int fromMessageId) {
        return new OutgoingMessage(Type.COPY, chatId, null, List.of(), threadId, replyTo, null, null, fromChatId,
                fromMessageId, null, null, null, null, false);
    }

    /** The same call, stamped with where it came from and when it was queued. */
    OutgoingMessage withOrigin(String update, Long receivedAt, long queuedAt) {
        return new OutgoingMessage(type, chatId, html, buttons, threadId, replyTo, callbackId, notice, fromChatId,
                fromMessageId, tag, update, receivedAt, queuedAt, urgent);
    }

    /**
     * A new forum topic in a group titled {@code title}; {@code placeholder} (negative) stands for its thread id
     * in later calls until Telegram gives the real one.
     */
    static OutgoingMessage createTopic(long chatId, String title, long placeholder) {
        return new OutgoingMessage(Type.CREATE_TOPIC, chatId, title, List.of(), placeholder, null, null, null, null, null,
                null, null, null, null, true);
    }

    /** Whether the call names a forum topic that is still to be created (a placeholder thread id). */
    boolean pendingTopic() {
        return type != Type.CREATE_TOPIC && threadId != null && threadId < 0;
    }

    /** The same call in another thread (null: none). */
    OutgoingMessage withThread(Long thread) {
        return new OutgoingMessage(type, chatId, html, buttons, thread, replyTo, callbackId, notice, fromChatId,
                fromMessageId, tag, update, receivedAt, queuedAt, urgent);
    }

    /** The same call, marked as part of an emergency. */
    OutgoingMessage asUrgent() {
        return new OutgoingMessage(type, chatId, html, buttons, threadId, replyTo, callbackId, notice, fromChatId,
                fromMessageId, tag, update, receivedAt, queuedAt, true);
    }

    /** Groups and supergroups have negative ids in the Bot API. */
    boolean toGroup() {
        return chatId < 0;
    }

    /** Whether the call counts against Telegram's message limits. */
    boolean limited() {
        return type != Type.CALLBACK_ANSWER;
    }

    enum Type { MESSAGE, CALLBACK_ANSWER, COPY, EDIT_BUTTONS, CREATE_TOPIC }
}
