package id.sigap.telegram;

import id.sigap.conversation.Reply.Button;

import java.util.List;

/**
 * One Bot API call waiting in a chat's durable outbox.
 *
 * @param type       a message to send, or the answer to a button press
 * @param chatId     target chat
 * @param html       message text in Telegram HTML (MESSAGE)
 * @param buttons    inline keyboard rows (MESSAGE)
 * @param threadId   forum topic to post in, when any
 * @param callbackId the callback query answered (CALLBACK_ANSWER)
 * @param notice     short text shown by the client for a callback answer
 */
record OutgoingMessage(Type type, long chatId, String html, List<List<Button>> buttons, Long threadId,
                       String callbackId, String notice) {

    OutgoingMessage {
        buttons = buttons == null ? List.of() : buttons;
    }

    static OutgoingMessage message(long chatId, String html, List<List<Button>> buttons, Long threadId) {
        return new OutgoingMessage(Type.MESSAGE, chatId, html, buttons, threadId, null, null);
    }

    static OutgoingMessage callbackAnswer(long chatId, String callbackId, String notice) {
        return new OutgoingMessage(Type.CALLBACK_ANSWER, chatId, null, List.of(), null, callbackId, notice);
    }

    /** Groups and supergroups have negative ids in the Bot API. */
    boolean toGroup() {
        return chatId < 0;
    }

    enum Type { MESSAGE, CALLBACK_ANSWER }
}
