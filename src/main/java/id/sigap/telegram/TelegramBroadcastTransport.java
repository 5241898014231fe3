package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendMessage;
import id.sigap.broadcast.BroadcastSettings;
import id.sigap.broadcast.BroadcastTransport;
import id.sigap.conversation.Reply;
import id.sigap.telegram.TelegramSender.SendOutcome;

import java.util.List;
import java.util.Locale;

/**
 * Sends an official update to one subscriber: waits for the shared rate limit at low priority (a reply
 * to a citizen waiting for a token goes first), makes one sendMessage call, and maps Telegram's answer.
 * A 429 holds back every instance's broadcast messages for as long as Telegram asks.
 */
class TelegramBroadcastTransport implements BroadcastTransport {

    private final TelegramBot bot;
    private final SendRateLimiter limiter;
    private final boolean limited;
    private final double paidPerSecond;

    TelegramBroadcastTransport(TelegramBot bot, SendRateLimiter limiter, TelegramSettings telegram,
                               BroadcastSettings broadcast) {
        this.bot = bot;
        this.limiter = limiter;
        this.limited = !telegram.liftRateLimits();
        this.paidPerSecond = broadcast.paidPerSecond();
    }

    @Override
    public Delivery deliver(long chatId, Reply update, boolean paid) {
        List<String> parts = TelegramHtml.split(ReplyRenderer.html(update), TelegramHtml.MAX_MESSAGE);
        Long first = null;
        for (String part : parts) {
            try {
                if (limited) {
                    limiter.acquireForBroadcast(chatId, paid, paidPerSecond);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Delivery.transientFailure("interrupted");
            }
            Delivery d = send(chatId, part, paid);
            if (d.status() == Delivery.Status.RETRY_AFTER && limiter != null) {
                limiter.pauseBroadcasts(d.retryAfterMs());
            }
            if (d.status() != Delivery.Status.SENT) {
                return d;
            }
            first = first == null ? d.messageId() : first;
        }
        return Delivery.sent(first);
    }

    private Delivery send(long chatId, String html, boolean paid) {
        SendMessage request = new SendMessage(chatId, html).parseMode(ParseMode.HTML);
        if (paid) {
            request.allowPaidBroadcast(true);
        }
        SendOutcome outcome = TelegramSender.outcome(() -> bot.execute(request));
        return switch (outcome.status()) {
            case SENT -> Delivery.sent(outcome.messageId());
            case RETRY_AFTER -> Delivery.retryAfter(outcome.retryAfterMs());
            case TRANSIENT -> Delivery.transientFailure(outcome.errorCode() == SendOutcome.NO_ANSWER ? "network" : "server-error");
            // 403: "bot was blocked by the user", "user is deactivated": nobody to send to any more.
            case PERMANENT -> outcome.errorCode() == 403 ? Delivery.blocked()
                    : outcome.detail().toLowerCase(Locale.ROOT).contains("chat not found") ? Delivery.failed("chat-not-found")
                    : Delivery.failed("rejected-" + outcome.errorCode());
        };
    }
}
