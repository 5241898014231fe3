package id.sigap.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.IncomingMessage.Kind;

import java.time.Instant;

/** Translates a Telegram update into the channel-neutral {@link IncomingMessage}; null for kinds Sigap ignores. */
final class UpdateMapper {

    static final String CHANNEL = "telegram";

    private UpdateMapper() {
    }

    static IncomingMessage map(Update update) {
        long updateId = update.updateId();
        if (update.message() != null) {
            Message m = update.message();
            return fromMessage(updateId, m, kindOf(m));
        }
        if (update.editedMessage() != null) {
            return fromMessage(updateId, update.editedMessage(), Kind.EDITED);
        }
        if (update.channelPost() != null) {
            return fromMessage(updateId, update.channelPost(), Kind.CHANNEL_POST);
        }
        if (update.editedChannelPost() != null) {
            // Kind EDITED with chat type CHANNEL: the pipeline ignores it, issue monitoring revises the post it knows.
            return fromMessage(updateId, update.editedChannelPost(), Kind.EDITED);
        }
        if (update.callbackQuery() != null) {
            return fromCallback(updateId, update.callbackQuery());
        }
        return null;
    }

    private static IncomingMessage fromMessage(long updateId, Message m, Kind kind) {
        User from = m.from();
        String text = m.text() != null ? m.text() : m.caption();
        Integer replyTo = m.replyToMessage() == null ? null : m.replyToMessage().messageId();
        return new IncomingMessage(updateId, CHANNEL, m.chat().id(), chatType(m.chat()),
                from == null ? null : from.id(), from == null ? null : from.firstName(), m.messageId(), kind, text,
                null, null, Boolean.TRUE.equals(m.isTopicMessage()) ? m.messageThreadId() : null, replyTo,
                from == null ? null : from.languageCode(), Instant.now());
    }

    private static IncomingMessage fromCallback(long updateId, CallbackQuery q) {
        User from = q.from();
        var source = q.maybeInaccessibleMessage();
        // A button on a message we can no longer see still tells who pressed it: answer in their private chat.
        long chatId = source != null && source.chat() != null ? source.chat().id() : from.id();
        ChatType type = source != null && source.chat() != null ? chatType(source.chat()) : ChatType.PRIVATE;
        Integer messageId = source == null ? null : source.messageId();
        return new IncomingMessage(updateId, CHANNEL, chatId, type, from.id(), from.firstName(), messageId,
                Kind.CALLBACK, "", q.id(), q.data(), null, null, from.languageCode(), Instant.now());
    }

    private static Kind kindOf(Message m) {
        if (m.newChatMembers() != null || m.leftChatMember() != null || m.forumTopicCreated() != null) {
            return Kind.MEMBERSHIP;
        }
        if (m.text() != null) {
            return Kind.TEXT;
        }
        if (m.sticker() != null) {
            return Kind.STICKER;
        }
        if (m.photo() != null) {
            return Kind.PHOTO;
        }
        if (m.voice() != null || m.videoNote() != null) {
            return Kind.VOICE;
        }
        if (m.audio() != null) {
            return Kind.AUDIO;
        }
        if (m.video() != null || m.animation() != null) {
            return Kind.VIDEO;
        }
        if (m.document() != null) {
            return Kind.DOCUMENT;
        }
        if (m.location() != null || m.venue() != null) {
            return Kind.LOCATION;
        }
        if (m.contact() != null) {
            return Kind.CONTACT;
        }
        return Kind.OTHER;
    }

    private static ChatType chatType(Chat chat) {
        if (chat.type() == null) {
            return ChatType.UNKNOWN;
        }
        return switch (chat.type()) {
            case Private -> ChatType.PRIVATE;
            case group -> ChatType.GROUP;
            case supergroup -> ChatType.SUPERGROUP;
            case channel -> ChatType.CHANNEL;
            default -> ChatType.UNKNOWN;
        };
    }
}
