package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Long polling. Telegram forgets an update only when a later getUpdates carries a higher offset, and
 * the offset advances only after every update of a batch is recorded in Redis: a crash before that
 * means Telegram sends the batch again, and the update-id check drops what was already recorded.
 *
 * <p>Only one instance may poll (Telegram answers 409 to a second concurrent getUpdates), so polling is
 * guarded by a lease in Redis: a keeper thread takes it when free and renews it every third of its
 * time to live; the poller runs only while it is held, and the offset is saved only by its holder.
 * When the holder dies the lease expires and another instance's keeper takes it within about one
 * lease time; a holder that stops cleanly gives it back at once.
 *
 * <p>The offset follows Telegram's numbering wherever it goes: after a week without updates Telegram may
 * restart {@code update_id} lower, and an offset that only rose would then confirm (drop) every new update
 * unseen. So the saved offset is the last batch's highest id plus one, even when that is lower than before
 * (repeats are dropped by the update-id check), and when polling has returned nothing for
 * {@code quietAfter} the poller logs an alert and polls without an offset (Telegram then returns the
 * earliest unconfirmed updates, whatever their numbers) until an update arrives.
 *
 * <p>Backpressure: before each getUpdates the poller reads the backlog (messages recorded in Redis and not processed
 * yet, by any instance's workers) with the offset, in one round trip. While the room left below {@code backlogLimit}
 * is less than a quarter of it (at least one, at most 100) it takes nothing and looks again every
 * {@value #BACKLOG_STEP_MS} ms (so that a burst is taken in batches of a useful size, not one update a call); then it
 * asks for at most the room left. Telegram keeps unconfirmed updates for a day, so a burst waits there, in order,
 * and the queue in Redis stays short. The counter is kept by the recording and commit steps; so that a counter that
 * drifted too high cannot stop polling, the poller waits at most {@code backlogWaitMax}, then counts the inboxes
 * again (setting the counter to that) and takes at least one update.
 */
class TelegramPoller implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    static final String[] ALLOWED = {"message", "edited_message", "channel_post", "edited_channel_post", "callback_query", "my_chat_member"};

    private final TelegramBot bot;
    private final UpdateIngest ingest;
    private final ChatQueue queue;
    private final int timeoutSeconds;
    private final Duration leaseTtl;
    private final Duration quietAfter;
    private final Counter backwardJumps;
    private final Counter quietAlerts;
    static final long BACKLOG_STEP_MS = 25;
    private final int backlogLimit;
    /** The room (limit - backlog) the poller waits for once the backlog came near the limit. */
    private final int backlogChunk;
    private final Duration backlogWaitMax;
    private final Timer backlogWait;
    private final Counter backlogRecounts;
    /** System.nanoTime of the last update received (or of the start). */
    private volatile long lastUpdateAt = System.nanoTime();
    private boolean quietAlerted;
    private final String owner = UUID.randomUUID().toString();
    private volatile boolean running = true;
    /** System.nanoTime until which the lease is surely ours (last successful renewal + most of the ttl). */
    private volatile long heldUntil;
    private Thread thread;
    private Thread keeper;

    /**
     * @param backlogLimit   no getUpdates while this many messages are recorded and not processed yet; 0: no limit
     * @param backlogWaitMax the longest wait for the backlog to fall, after which the poller recounts and polls
     */
    TelegramPoller(TelegramBot bot, UpdateIngest ingest, ChatQueue queue, int timeoutSeconds, Duration leaseTtl,
                   Duration quietAfter, int backlogLimit, Duration backlogWaitMax, MeterRegistry registry) {
        this.backlogLimit = Math.max(0, backlogLimit);
        this.backlogChunk = Math.max(1, Math.min(100, (this.backlogLimit + 3) / 4));
        this.backlogWaitMax = backlogWaitMax;
        this.backlogWait = Timer.builder("sigap.telegram.poll.backlog.wait")
                .description("Time long polling waited before a getUpdates because the backlog was at sigap.telegram.poll-backlog")
                .register(registry);
        this.backlogRecounts = Counter.builder("sigap.telegram.poll.backlog.recounts")
                .description("Times the backlog stayed at the limit for the longest wait and was counted again")
                .register(registry);
        this.bot = bot;
        this.ingest = ingest;
        this.queue = queue;
        this.timeoutSeconds = timeoutSeconds;
        this.leaseTtl = leaseTtl;
        this.quietAfter = quietAfter;
        this.backwardJumps = Counter.builder("sigap.telegram.poll.backward.jumps")
                .description("Batches whose update ids were lower than the saved offset (Telegram restarted its numbering)")
                .register(registry);
        this.quietAlerts = Counter.builder("sigap.telegram.poll.quiet.alerts")
                .description("Times long polling returned nothing for longer than sigap.telegram.poll-quiet-after")
                .register(registry);
    }

    /** How long long polling has returned nothing (since the last update, or since start). */
    Duration quietFor() {
        return Duration.ofNanos(System.nanoTime() - lastUpdateAt);
    }

    void start() {
        keeper = Thread.ofPlatform().daemon().name("telegram-poll-lease").start(this::keepLease);
        thread = Thread.ofPlatform().daemon().name("telegram-poller").start(this);
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        if (keeper != null) {
            keeper.interrupt();
        }
        if (heldUntil != 0) {
            heldUntil = 0;
            try {
                queue.releasePollLease(owner);
            } catch (RuntimeException e) {
                log.warn("Could not give the polling lease back ({}); it expires on its own", e.toString());
            }
        }
    }

    /** Whether this instance holds the polling lease now. */
    boolean leader() {
        return System.nanoTime() < heldUntil;
    }

    private void keepLease() {
        long every = Math.max(200, leaseTtl.toMillis() / 3);
        boolean was = false;
        while (running) {
            long attempt = System.nanoTime();
            try {
                if (queue.holdPollLease(owner, leaseTtl)) {
                    // Trust the lease a little less than its ttl, counted from before the call.
                    heldUntil = attempt + leaseTtl.toNanos() * 4 / 5;
                } else {
                    heldUntil = 0;
                }
            } catch (RuntimeException e) {
                log.debug("Polling lease not renewed: {}", e.toString());
            }
            boolean now = leader();
            if (now != was) {
                if (now) {
                    // Quiet is counted from when this instance started to listen.
                    lastUpdateAt = System.nanoTime();
                }
                log.info(now ? "This instance now polls Telegram" : "This instance stopped polling Telegram");
                was = now;
            }
            sleep(every);
        }
    }

    @Override
    public void run() {
        int failures = 0;
        while (running) {
            if (!leader()) {
                sleep(100);
                continue;
            }
            try {
                pollOnce();
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                long backoff = Math.min(10_000, 250L << Math.min(failures, 6));
                log.warn("Polling Telegram failed ({}); retrying in {} ms", e.toString(), backoff);
                sleep(backoff);
            }
        }
    }

    void pollOnce() {
        int offset;
        int most = 100;
        if (backlogLimit > 0) {
            ChatQueue.PollState state = awaitRoom();
            if (state == null) {
                return;
            }
            offset = state.offset();
            most = (int) Math.max(1, Math.min(100, backlogLimit - state.backlog()));
        } else {
            offset = queue.offset();
        }
        boolean quiet = quietFor().compareTo(quietAfter) > 0;
        if (quiet && !quietAlerted) {
            quietAlerted = true;
            quietAlerts.increment();
            log.warn("ALERT: Telegram long polling has returned no update for {} (offset {}); polling without an "
                    + "offset from now on in case Telegram restarted its update numbering. Check the bot token, the "
                    + "webhook (getWebhookInfo) and that citizens can reach the bot.", quietFor(), offset);
        }
        // Keep each long poll well inside the lease, so that a holder that lost it stops soon.
        int timeout = (int) Math.max(1, Math.min(timeoutSeconds, leaseTtl.toSeconds()));
        GetUpdates request = new GetUpdates().limit(most).timeout(timeout).allowedUpdates(ALLOWED);
        if (!quiet) {
            request.offset(offset);
        }
        GetUpdatesResponse response = bot.execute(request);
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
        int next = Integer.MIN_VALUE;
        // The whole batch is recorded in one Redis round trip before the offset moves past it.
        ingest.ingestAll(updates);
        for (Update update : updates) {
            next = Math.max(next, update.updateId() + 1);
        }
        lastUpdateAt = System.nanoTime();
        if (quietAlerted) {
            quietAlerted = false;
            log.info("Telegram long polling receives updates again (update_id {})", next - 1);
        }
        if (next < offset) {
            backwardJumps.increment();
            log.warn("Telegram's update_id went back from {} to {}; following the new numbering", offset - 1, next - 1);
        }
        if (!queue.saveOffset(next, owner)) {
            log.info("Polling lease lost before saving offset {}; the new holder reads these updates again", next);
            heldUntil = 0;
        }
    }

    /**
     * The offset and the backlog; while the room below the limit is less than {@link #backlogChunk}, waits in short
     * steps for the workers to bring the backlog down, at most {@code backlogWaitMax}; then recounts it. Null when
     * this instance stopped or lost the lease meanwhile.
     */
    private ChatQueue.PollState awaitRoom() {
        ChatQueue.PollState state = queue.pollState();
        if (backlogLimit - state.backlog() >= backlogChunk) {
            return state;
        }
        long start = System.nanoTime();
        long deadline = start + backlogWaitMax.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                sleep(BACKLOG_STEP_MS);
                if (!running || !leader()) {
                    return null;
                }
                state = queue.pollState();
                if (backlogLimit - state.backlog() >= backlogChunk) {
                    return state;
                }
            }
            ChatQueue.Recount recount = queue.recountBacklog();
            backlogRecounts.increment();
            if (recount.counted() != recount.counter()) {
                log.warn("The backlog counter said {} but {} messages wait; corrected", recount.counter(), recount.counted());
            } else {
                log.debug("The backlog stayed at {} (limit {}) for {}; taking at least one update", recount.counted(),
                        backlogLimit, backlogWaitMax);
            }
            return new ChatQueue.PollState(state.offset(), recount.counted());
        } finally {
            backlogWait.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
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
