package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Long polling. Telegram forgets an update only when a later getUpdates carries a higher offset, and
 * the offset advances only after every update of a batch is recorded in Redis: a crash before that
 * means Telegram sends the batch again, and the update-id check drops what was already recorded.
 */
class TelegramPoller implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    static final String[] ALLOWED = {"message", "edited_message", "channel_post", "callback_query", "my_chat_member"};

    private final TelegramBot bot;
    private final UpdateIngest ingest;
    private final ChatQueue queue;
    private final int timeoutSeconds;
    private volatile boolean running = true;
    private Thread thread;

    TelegramPoller(TelegramBot bot, UpdateIngest ingest, ChatQueue queue, int timeoutSeconds) {
        this.bot = bot;
        this.ingest = ingest;
        this.queue = queue;
        this.timeoutSeconds = timeoutSeconds;
    }

    void start() {
        thread = Thread.ofPlatform().daemon().name("telegram-poller").start(this);
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void run() {
        int failures = 0;
        while (running) {
            try {
                pollOnce();
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                long backoff = Math.min(30_000, 500L << Math.min(failures, 6));
                log.warn("Polling Telegram failed ({}); retrying in {} ms", e.toString(), backoff);
                sleep(backoff);
            }
        }
    }

    void pollOnce() {
        int offset = queue.offset();
        GetUpdatesResponse response = bot.execute(new GetUpdates()
                .offset(offset).limit(100).timeout(timeoutSeconds).allowedUpdates(ALLOWED));
        if (response == null) {
            throw new IllegalStateException("no response to getUpdates");
        }
        if (!response.isOk()) {
            if (response.errorCode() == 429 && response.parameters() != null && response.parameters().retryAfter() != null) {
                sleep(response.parameters().retryAfter() * 1000L);
                return;
            }
            throw new IllegalStateException("getUpdates: " + response.errorCode() + " " + response.description());
        }
        List<Update> updates = response.updates();
        if (updates == null || updates.isEmpty()) {
            return;
        }
        int next = offset;
        for (Update update : updates) {
            ingest.ingest(update);
            next = Math.max(next, update.updateId() + 1);
        }
        queue.saveOffset(next);
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
