package id.sigap.telegram;

import id.sigap.texts.Texts;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.Decision;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.MessageDelivered;
import id.sigap.conversation.Reply;
import id.sigap.ops.SigapMetrics;
import id.sigap.store.ThroughOutage;
import id.sigap.telegram.ChatQueue.Commit;
import id.sigap.telegram.ChatQueue.Heads;
import id.sigap.telegram.TelegramSender.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Works through each chat's inbox and outbox: one worker per chat at a time (a Redis lease, so this
 * holds across instances), chats in parallel on virtual threads. An inbox entry leaves Redis only in
 * the same step that puts its replies in the outbox, and an outbox entry only once Telegram accepted
 * it, so a crash at any point loses nothing.
 *
 * <p>Round trips are kept few: taking the lease returns both queue heads, and every commit or
 * acknowledgement renews the lease and returns the next heads, so a message costs about four Redis
 * calls (record, claim, commit, acknowledge) plus one to give the lease back when the chat goes idle.
 */
class ChatDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ChatDispatcher.class);
    static final String MDC_UPDATE = "update";
    private static final Duration ACK_RETRY_FOR = Duration.ofMinutes(2);
    private static final String APOLOGY = Texts.citizen("bot.apology");
    /** The permit a commit's own mark stands for (it checked the lease and marked the head in its step). */
    private static final ChatQueue.SendPermit GO_MARKED = new ChatQueue.SendPermit(ChatQueue.SendPermit.Verdict.GO, 0);

    private final ChatQueue queue;
    private final ConversationService conversation;
    private final TelegramSender sender;
    private final SendRateLimiter limiter;
    private final int sendAttempts;
    private final Duration lease;
    private final boolean limited;
    private final Consumer<MessageDelivered> delivered;
    private final SigapMetrics metrics;
    private final Duration sendMark;
    private final String owner = UUID.randomUUID().toString();
    /** Numbers this instance's claims: with {@link #owner}, each claim's fencing token. */
    private final AtomicLong claims = new AtomicLong();
    private final Map<Long, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final int maxActiveChats;
    private final Object wakeLock = new Object();
    private boolean woken;
    /** The last take filled what was asked: more chats may be waiting in the ready queue. */
    private volatile boolean backlog;
    private Thread taker;
    /** Stopping: no new chat, claim or inbox entry is taken; a worker still sends the outbox it holds. */
    private volatile boolean stopped;
    /** The stop's grace is over: workers also stop sending and leave what is left recorded in Redis. */
    private volatile boolean halted;

    ChatDispatcher(ChatQueue queue, ConversationService conversation, TelegramSender sender, SendRateLimiter limiter,
                   TelegramSettings settings, Consumer<MessageDelivered> delivered, SigapMetrics metrics) {
        this.queue = queue;
        this.conversation = conversation;
        this.sender = sender;
        this.limiter = limiter;
        this.sendAttempts = settings.sendAttempts();
        this.lease = Duration.ofMillis(settings.chatLeaseMs());
        this.sendMark = settings.sendMark();
        this.maxActiveChats = settings.maxActiveChats();
        this.limited = !settings.liftRateLimits();
        this.delivered = delivered;
        this.metrics = metrics;
    }

    /** Asks for the chat's queues to be worked; cheap and safe to call often. */
    void signal(long chatId) {
        if (stopped) {
            return;
        }
        AtomicBoolean[] started = {null};
        running.compute(chatId, (id, again) -> {
            if (again == null) {
                started[0] = new AtomicBoolean(false);
                return started[0];
            }
            again.set(true);
            return again;
        });
        if (started[0] != null) {
            AtomicBoolean worker = started[0];
            Thread.ofVirtual().name("chat-" + chatId).start(() -> run(chatId, worker));
        }
    }

    /**
     * Starts this instance's taker: it takes chats from the ready queue that every instance shares, as long as
     * fewer than {@code maxActiveChats} are being worked here, so that all instances take a share of the work
     * whichever of them received the updates (long polling has one receiver; a webhook balancer may favour one).
     */
    void start() {
        if (taker == null) {
            taker = Thread.ofPlatform().daemon().name("telegram-taker").start(this::take);
        }
    }

    /** The ready queue has (or may have) chats: wakes the taker. Called on pub/sub messages and local ingests. */
    void wake() {
        synchronized (wakeLock) {
            woken = true;
            wakeLock.notifyAll();
        }
    }

    private void take() {
        while (!stopped) {
            int free = maxActiveChats - running.size();
            List<Long> taken = List.of();
            int asked = Math.min(free, 16);
            if (asked > 0) {
                try {
                    taken = queue.takeReady(asked);
                } catch (RuntimeException e) {
                    log.debug("Taking ready chats failed: {}", e.toString());
                    nap(500);
                    continue;
                }
                taken.forEach(this::signal);
            }
            backlog = asked > 0 && taken.size() == asked || free <= 0;
            if (asked > 0 && taken.size() == asked) {
                continue;
            }
            synchronized (wakeLock) {
                if (!woken && !stopped) {
                    try {
                        // The sweeper requeues what pub/sub may have missed; this bounds the wait regardless.
                        wakeLock.wait(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /**
     * Queues every chat that has work recorded in Redis and no worker on it (after a restart, a failure,
     * or another instance's death) for the takers. Chats held by a live worker are left alone: under a surge,
     * signalling the whole backlog every sweep would multiply the load just when it is highest.
     */
    void sweep() {
        if (queue.requeueOrphans(5_000) > 0) {
            wake();
        }
    }

    /**
     * Stops taking work and waits (up to {@code grace}) for workers to finish: a turn in progress is committed and
     * its replies sent, under the chat's lease as always; after the grace, workers stop sending too.
     */
    void stop(Duration grace) {
        stopped = true;
        wake();
        long deadline = System.nanoTime() + grace.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        halted = true;
        if (!running.isEmpty()) {
            log.warn("{} chat workers still busy at shutdown; their work stays recorded for another instance",
                    running.size());
        }
    }

    boolean idle() {
        return running.isEmpty();
    }

    int activeChats() {
        return running.size();
    }

    private void run(long chatId, AtomicBoolean worker) {
        try {
            do {
                drain(chatId);
            } while (!stopped && runAgain(chatId));
            if (stopped) {
                // Retires without another round: signals that came in meanwhile stay recorded in Redis.
                running.remove(chatId, worker);
            }
        } catch (RuntimeException e) {
            // Redis unreachable or similar: the work stays recorded; the sweeper brings us back.
            log.warn("Chat {} paused: {}", chatId, e.toString());
            running.remove(chatId, worker);
        }
        if (backlog) {
            wake();
        }
    }

    /** Atomically either claims another round (a signal came in meanwhile) or retires the worker. */
    private boolean runAgain(long chatId) {
        boolean[] again = {false};
        running.computeIfPresent(chatId, (id, flag) -> {
            if (flag.getAndSet(false)) {
                again[0] = true;
                return flag;
            }
            return null;
        });
        return again[0];
    }

    private void drain(long chatId) {
        boolean more = true;
        while (more && !stopped) {
            String token = owner + ":" + claims.incrementAndGet();
            Heads heads = queue.claim(chatId, owner, token, lease);
            if (heads == null) {
                return;
            }
            boolean blocked = false;
            try {
                while (!halted && heads.held()) {
                    if (heads.outbox() != null) {
                        heads = flushOutbox(chatId, heads, token);
                        if (heads == null) {
                            blocked = true;
                            break;
                        }
                        continue;
                    }
                    if (heads.inbox() == null || stopped) {
                        break;
                    }
                    heads = processHead(chatId, heads.inbox(), token);
                }
                if (heads != null && heads.marked()) {
                    // Halted between a commit that marked the next head and its send (nothing was sent): withdraw
                    // the unused mark, so that whoever takes the chat over need not wait for it.
                    queue.endSend(chatId, token);
                }
            } finally {
                // Gives the lease back; also says whether another instance recorded work meanwhile. The last
                // acknowledgement may have given it back already (nothing was left then).
                more = heads != null && heads.released() ? false : queue.release(chatId, token, !blocked) && !blocked;
            }
        }
    }

    private Heads processHead(long chatId, String raw, String token) {
        IncomingMessage message;
        try {
            message = queue.decode(raw);
        } catch (RuntimeException e) {
            log.error("Dropping an unreadable inbox entry of chat {}: {}", chatId, e.getClass().getSimpleName());
            return queue.commit(chatId, raw, List.of(), token, lease).heads();
        }
        MDC.put(MDC_UPDATE, message.channel() + ":" + message.updateId());
        try {
            if (message.receivedAt() != null) {
                metrics.inboxWait(message.channel(), Duration.between(message.receivedAt(), java.time.Instant.now()));
            }
            List<OutgoingMessage> outgoing = stamp(message, process(message));
            // The commit also marks the outbox head that is now first as being sent by this worker (what
            // beginSend would do next), so that sending it at once takes no separate fencing step.
            Commit commit = queue.commit(chatId, raw, outgoing, token, lease, sendMark);
            if (commit.committed()) {
                outgoing.stream().mapToLong(OutgoingMessage::chatId).filter(id -> id != chatId).distinct()
                        .forEach(this::signal);
            } else {
                log.info("Update {} was committed by another worker; its replies here are dropped", message.updateId());
            }
            return commit.heads();
        } finally {
            MDC.remove(MDC_UPDATE);
        }
    }

    private List<OutgoingMessage> process(IncomingMessage message) {
        ConversationResult result;
        try {
            result = conversation.handle(message);
        } catch (DataAccessException e) {
            // Redis failed under the pipeline: leave the message recorded and try it again later,
            // rather than answering with an apology.
            throw e;
        } catch (RuntimeException e) {
            log.error("Pipeline failed on update {} of chat {}", message.updateId(), message.chatId(), e);
            metrics.pipelineError(message.channel());
            result = new ConversationResult(List.of(Reply.text(APOLOGY)),
                    Decision.of(Decision.Outcome.FALLBACK, "pipeline-error"));
        }
        return ReplyRenderer.render(message, result);
    }

    private static List<OutgoingMessage> stamp(IncomingMessage message, List<OutgoingMessage> outgoing) {
        String update = message.channel() + ":" + message.updateId();
        Long receivedAt = message.receivedAt() == null ? null : message.receivedAt().toEpochMilli();
        long now = System.currentTimeMillis();
        List<OutgoingMessage> stamped = new ArrayList<>(outgoing.size());
        for (OutgoingMessage m : outgoing) {
            stamped.add(m.withOrigin(update, receivedAt, now));
        }
        return stamped;
    }

    /**
     * Sends the outbox in order until it is empty; returns the heads after it, or null when Telegram keeps
     * failing, the lease was lost, or a previous holder's send mark holds the head, and the rest must wait
     * for the sweeper.
     *
     * <p>Fencing: the lease is renewed while the worker waits for the rate limiter, and each call to Telegram
     * is made only after {@link ChatQueue#beginSend} has checked, in one Redis step, that this worker's token
     * still holds the lease and has marked the head as being sent by it. A worker that lost its lease (a long
     * pause, Redis failing over) therefore never sends, and one that takes a chat over never sends a head
     * that the previous holder marked, while that mark lives (longer than a send call may take).
     */
    private Heads flushOutbox(long chatId, Heads heads, String token) {
        int failures = 0;
        // The step that returned these heads (a commit) may have marked the first one for this token already;
        // that mark stands in for beginSend only when the send follows at once (no wait for the rate limiter,
        // no topic to look up), and only for the first attempt at that head.
        boolean premarked = heads.marked();
        while (!halted && heads.held() && heads.outbox() != null) {
            String head = heads.outbox();
            boolean useMark = premarked;
            premarked = false;
            OutgoingMessage message;
            try {
                message = queue.decodeOutgoing(head);
            } catch (RuntimeException e) {
                log.error("Dropping an unreadable outbox entry of chat {}", chatId);
                heads = ackWithRetry(chatId, head, token);
                continue;
            }
            if (message.update() != null) {
                MDC.put(MDC_UPDATE, message.update());
            }
            try {
                if (limited && message.limited()) {
                    SendSlot slot = waitForToken(chatId, token, message);
                    if (slot == SendSlot.GIVEN_UP) {
                        if (useMark) {
                            queue.endSend(chatId, token);
                        }
                        return null;
                    }
                    // After a wait the commit's mark may have run out: the send asks the fence again.
                    useMark &= slot == SendSlot.AT_ONCE;
                }
                if (message.pendingTopic()) {
                    // Queued behind the creation of its topic, which has been sent (or refused) by now.
                    message = message.withThread(queue.topicThread(message.threadId()).orElse(null));
                    useMark = false;
                }
                ChatQueue.SendPermit permit = useMark ? GO_MARKED
                        : queue.beginSend(chatId, head, token, lease, sendMark);
                switch (permit.verdict()) {
                    case GO -> { }
                    case LEASE_LOST -> {
                        log.info("Chat {} was taken over by another worker before sending; not sending", chatId);
                        return null;
                    }
                    case GONE -> {
                        return null;
                    }
                    case MARKED_BY_ANOTHER -> {
                        metrics.registry().counter("sigap.send.fenced", "channel", UpdateMapper.CHANNEL).increment();
                        log.debug("A previous worker of chat {} marked its next message as being sent; "
                                + "waiting {} ms before trusting it unsent", chatId, permit.waitMs());
                        return null;
                    }
                }
                SendOutcome outcome = sender.send(message);
                String type = message.type().name().toLowerCase(Locale.ROOT);
                switch (outcome.status()) {
                    case SENT -> {
                        if (message.type() == OutgoingMessage.Type.CREATE_TOPIC) {
                            queue.recordTopic(message.threadId(), outcome.messageId());
                        }
                        heads = ackWithRetry(chatId, head, token);
                        failures = 0;
                        sent(message, type, outcome);
                    }
                    case PERMANENT -> {
                        if (message.type() == OutgoingMessage.Type.CREATE_TOPIC) {
                            // Not a forum, or no right to manage topics: its calls go to the group, later
                            // conversations use replies to their card.
                            queue.recordTopic(message.threadId(), null);
                            queue.markTopicsUnavailable();
                        }
                        metrics.sendFailure(UpdateMapper.CHANNEL, "permanent");
                        log.warn("Telegram refused a {} to chat {} for good: {}", type, chatId, outcome.detail());
                        heads = ackWithRetry(chatId, head, token);
                    }
                    case RETRY_AFTER -> {
                        queue.endSend(chatId, token);
                        metrics.throttled(UpdateMapper.CHANNEL);
                        log.info("Telegram asked to wait {} ms (chat {})", outcome.retryAfterMs(), chatId);
                        if (stopped) {
                            return null;
                        }
                        queue.renew(chatId, token, lease.plusMillis(outcome.retryAfterMs()));
                        if (!pause(() -> Thread.sleep(outcome.retryAfterMs()))) {
                            return null;
                        }
                    }
                    case TRANSIENT -> {
                        if (outcome.errorCode() != SendOutcome.NO_ANSWER) {
                            // Telegram answered with an error: it did not take the call. With no answer at all it
                            // may have, so the mark stays and only this worker (or one after the mark) sends again.
                            queue.endSend(chatId, token);
                        }
                        failures++;
                        metrics.sendFailure(UpdateMapper.CHANNEL, "transient");
                        log.warn("Sending to chat {} failed (try {} of {}): {}", chatId, failures, sendAttempts,
                                outcome.detail());
                        if (failures >= sendAttempts) {
                            return null;
                        }
                        if (stopped) {
                            return null;
                        }
                        long backoff = Math.min(8_000, 250L << Math.min(failures, 5));
                        queue.renew(chatId, token, lease.plusMillis(backoff));
                        if (!pause(() -> Thread.sleep(backoff))) {
                            return null;
                        }
                    }
                }
            } finally {
                MDC.remove(MDC_UPDATE);
            }
        }
        return halted || !heads.held() && !heads.released() ? null : heads;
    }

    /**
     * Waits for the rate limiter's token, renewing the chat's lease while it waits (a wait can be far longer than
     * the lease when many chats compete for Telegram's overall budget).
     */
    private SendSlot waitForToken(long chatId, String token, OutgoingMessage message) {
        long renewEvery = Math.max(100, lease.toMillis() / 3);
        long renewAt = System.currentTimeMillis() + renewEvery;
        long wait;
        SendSlot slot = SendSlot.AT_ONCE;
        while ((wait = limiter.tryTake(message)) > 0) {
            slot = SendSlot.AFTER_WAIT;
            if (halted) {
                return SendSlot.GIVEN_UP;
            }
            if (System.currentTimeMillis() >= renewAt) {
                if (!queue.renew(chatId, token, lease)) {
                    log.info("Chat {}: lease lost while waiting to send; leaving it to its new holder", chatId);
                    return SendSlot.GIVEN_UP;
                }
                renewAt = System.currentTimeMillis() + renewEvery;
            }
            long nap = Math.min(wait, renewEvery);
            if (!pause(() -> Thread.sleep(nap))) {
                return SendSlot.GIVEN_UP;
            }
        }
        return slot;
    }

    /** How the rate limiter's token for a send was had. */
    private enum SendSlot {
        /** Taken at once. */
        AT_ONCE,
        /** Taken after waiting (the lease was renewed meanwhile). */
        AFTER_WAIT,
        /** Not taken: the lease was lost meanwhile, the stop's grace is over, or the wait was interrupted. */
        GIVEN_UP
    }

    private void sent(OutgoingMessage message, String type, SendOutcome outcome) {
        metrics.messageOut(UpdateMapper.CHANNEL, type);
        long now = System.currentTimeMillis();
        if (message.queuedAt() != null) {
            metrics.outboxWait(UpdateMapper.CHANNEL, Duration.ofMillis(now - message.queuedAt()));
        }
        if (message.receivedAt() != null && message.type() == OutgoingMessage.Type.MESSAGE) {
            metrics.replyLatency(UpdateMapper.CHANNEL, Duration.ofMillis(now - message.receivedAt()));
        }
        if (message.tag() != null && outcome.messageId() != null) {
            delivered.accept(new MessageDelivered(message.tag(), message.chatId(), outcome.messageId()));
        }
    }

    /**
     * Removes a delivered call from the outbox. The call already reached Telegram, so this step is retried
     * through a Redis outage (until Redis is back, within a bound) instead of leaving it to be sent twice.
     */
    private Heads ackWithRetry(long chatId, String head, String token) {
        return ThroughOutage.retry(ACK_RETRY_FOR, log, "mark a delivered message of chat " + chatId + " as sent",
                () -> queue.ackSent(chatId, head, token, lease, true));
    }

    private void nap(long ms) {
        pause(() -> Thread.sleep(ms));
    }

    private boolean pause(Interruptible action) {
        try {
            action.run();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @FunctionalInterface
    private interface Interruptible {
        void run() throws InterruptedException;
    }
}
