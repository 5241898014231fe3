package id.sigap.conversation;

import java.time.Instant;

/**
 * One thing a citizen (or a staff member) sent, independent of the channel it came through.
 *
 * @param updateId    the channel's id of the delivery (Telegram update_id; console: a counter)
 * @param channel     where it came from: {@code telegram}, {@code console}, {@code web}
 * @param chatId      the conversation it belongs to
 * @param chatType    private chat, group, channel
 * @param userId      the sender, when known
 * @param userName    the sender's first name, for a friendly reply (never logged)
 * @param messageId   the channel's id of the message, when there is one
 * @param kind        what sort of content it is
 * @param text        the text or caption; a command such as {@code /start}; may be empty
 * @param callbackId  the callback query id when {@code kind} is CALLBACK
 * @param callbackData the button data when {@code kind} is CALLBACK
 * @param threadId    forum topic id, when the chat has topics
 * @param replyToMessageId the message this one replies to
 * @param languageCode the sender's client language (IETF tag), when known
 * @param receivedAt  when Sigap received it
 */
public record IncomingMessage(
        long updateId,
        String channel,
        long chatId,
        ChatType chatType,
        Long userId,
        String userName,
        Integer messageId,
        Kind kind,
        String text,
        String callbackId,
        String callbackData,
        Long threadId,
        Integer replyToMessageId,
        String languageCode,
        Instant receivedAt) {

    /**
     * The channel of the public web simulator. Its conversations are trials: they never reach the staff
     * group, SLA reminders, issue alerts or reports.
     */
    public static final String TRIAL_CHANNEL = "web-trial";

    public IncomingMessage {
        text = text == null ? "" : text;
    }

    /** True for a channel whose conversations are trials (the public web simulator). */
    public static boolean trial(String channel) {
        return TRIAL_CHANNEL.equals(channel);
    }

    /** A plain text message from a private chat; the form the console and tests use most. */
    public static IncomingMessage text(String channel, long updateId, long chatId, String text) {
        return new IncomingMessage(updateId, channel, chatId, ChatType.PRIVATE, chatId, null, null,
                Kind.TEXT, text, null, null, null, null, null, Instant.now());
    }

    /** The same message with another text (the rest of a number already replaced: {@link ContinuedNumbers}). */
    IncomingMessage withText(String newText) {
        return new IncomingMessage(updateId, channel, chatId, chatType, userId, userName, messageId, kind, newText,
                callbackId, callbackData, threadId, replyToMessageId, languageCode, receivedAt);
    }

    /** The command word without the slash and any {@code @botname} suffix, or null when not a command. */
    public String command() {
        if (kind != Kind.TEXT || !text.startsWith("/")) {
            return null;
        }
        String word = text.substring(1).split("\\s+", 2)[0];
        int at = word.indexOf('@');
        return (at >= 0 ? word.substring(0, at) : word).toLowerCase(java.util.Locale.ROOT);
    }

    public enum ChatType { PRIVATE, GROUP, SUPERGROUP, CHANNEL, UNKNOWN }

    public enum Kind {
        TEXT, CALLBACK, STICKER, PHOTO, VOICE, AUDIO, VIDEO, DOCUMENT, LOCATION, CONTACT,
        EDITED, CHANNEL_POST, MEMBERSHIP, OTHER
    }
}
