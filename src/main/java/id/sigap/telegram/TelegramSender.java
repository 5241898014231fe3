package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyParameters;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.CopyMessage;
import com.pengrad.telegrambot.request.CreateForumTopic;
import com.pengrad.telegrambot.response.CreateForumTopicResponse;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.response.MessageIdResponse;
import com.pengrad.telegrambot.response.SendResponse;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import id.sigap.conversation.Reply.Button;

import java.util.List;
import java.util.function.Supplier;

/** Makes one Bot API call for an outbox entry and says what happened, without retrying itself. */
class TelegramSender {

    private final TelegramBot bot;

    TelegramSender(TelegramBot bot) {
        this.bot = bot;
    }

    SendOutcome send(OutgoingMessage message) {
        return outcome(() -> switch (message.type()) {
            case MESSAGE -> bot.execute(sendMessage(message));
            case COPY -> {
                CopyMessage copy = new CopyMessage((Long) message.chatId(), message.fromChatId(), message.fromMessageId());
                if (message.threadId() != null) {
                    copy.messageThreadId(message.threadId());
                }
                if (message.replyTo() != null) {
                    copy.replyParameters(new ReplyParameters(message.replyTo()).allowSendingWithoutReply(true));
                }
                yield bot.execute(copy);
            }
            case EDIT_BUTTONS -> bot.execute(new EditMessageReplyMarkup(message.chatId(), message.replyTo())
                    .replyMarkup(markup(message.buttons())));
            case CREATE_TOPIC -> bot.execute(new CreateForumTopic(message.chatId(),
                    message.html().length() > 128 ? message.html().substring(0, 128) : message.html()));
            case CALLBACK_ANSWER -> {
                AnswerCallbackQuery answer = new AnswerCallbackQuery(message.callbackId());
                if (message.notice() != null) {
                    answer.text(message.notice());
                }
                yield bot.execute(answer);
            }
        });
    }

    /** Makes one Bot API call and says what it achieved (every sender of the channel reads answers this way). */
    static SendOutcome outcome(Supplier<BaseResponse> call) {
        BaseResponse response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            // The library wraps network failures in runtime exceptions.
            return SendOutcome.transientFailure(SendOutcome.NO_ANSWER, "network: " + e.getMessage());
        }
        if (response == null) {
            return SendOutcome.transientFailure(SendOutcome.NO_ANSWER, "no response");
        }
        if (response.isOk()) {
            Long id = null;
            if (response instanceof SendResponse sent && sent.message() != null) {
                id = sent.message().messageId().longValue();
            } else if (response instanceof MessageIdResponse copied) {
                id = copied.messageId() == null ? null : copied.messageId().longValue();
            } else if (response instanceof CreateForumTopicResponse topic && topic.forumTopic() != null
                    && topic.forumTopic().messageThreadId() != null) {
                id = topic.forumTopic().messageThreadId().longValue();
            }
            return SendOutcome.sent(id);
        }
        int code = response.errorCode();
        if (code == 429) {
            Integer retryAfter = response.parameters() == null ? null : response.parameters().retryAfter();
            return SendOutcome.retryAfter(retryAfter == null ? 1 : retryAfter);
        }
        if (code >= 500 || code == 0) {
            return SendOutcome.transientFailure(code, code + " " + response.description());
        }
        // A callback answered too late, or buttons edited to what they already were, is refused with 400:
        // nothing to redo, like any other 4xx.
        return SendOutcome.permanentFailure(code, code + " " + response.description());
    }

    private static SendMessage sendMessage(OutgoingMessage message) {
        SendMessage request = new SendMessage(message.chatId(), message.html()).parseMode(ParseMode.HTML);
        if (message.threadId() != null) {
            request.messageThreadId(message.threadId());
        }
        if (message.replyTo() != null) {
            request.replyParameters(new ReplyParameters(message.replyTo()).allowSendingWithoutReply(true));
        }
        if (!message.buttons().isEmpty()) {
            request.replyMarkup(markup(message.buttons()));
        }
        return request;
    }

    static InlineKeyboardMarkup markup(List<List<Button>> rows) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        for (List<Button> row : rows) {
            markup.addRow(row.stream()
                    .map(b -> new InlineKeyboardButton(b.label()).callbackData(b.data()))
                    .toArray(InlineKeyboardButton[]::new));
        }
        return markup;
    }

    /**
     * What one call achieved.
     *
     * @param messageId the new message's id (CREATE_TOPIC: the new topic's thread id), when known
     * @param errorCode the Bot API's error code, 0 when it succeeded, {@link #NO_ANSWER} when no answer came
     */
    record SendOutcome(Status status, long retryAfterMs, String detail, Long messageId, int errorCode) {

        static final int NO_ANSWER = -1;

        static SendOutcome sent(Long messageId) {
            return new SendOutcome(Status.SENT, 0, null, messageId, 0);
        }

        static SendOutcome retryAfter(int seconds) {
            return new SendOutcome(Status.RETRY_AFTER, Math.max(1, seconds) * 1000L, "429 retry_after=" + seconds, null,
                    429);
        }

        static SendOutcome transientFailure(int errorCode, String detail) {
            return new SendOutcome(Status.TRANSIENT, 0, detail, null, errorCode);
        }

        static SendOutcome permanentFailure(int errorCode, String detail) {
            return new SendOutcome(Status.PERMANENT, 0, detail, null, errorCode);
        }

        enum Status { SENT, RETRY_AFTER, TRANSIENT, PERMANENT }
    }
}
