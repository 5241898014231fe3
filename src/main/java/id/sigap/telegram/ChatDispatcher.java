package id.sigap.telegram;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.Decision;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.MessageDelivered;
import id.sigap.conversation.Reply;
import id.sigap.telegram.TelegramSender.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Works through each chat's inbox and outbox: one worker per chat at a time (a Redis lease, so this
 * holds across instances), chats in parallel on virtual threads. An inbox entry leaves Redis only in
 * the same step that puts its replies in the outbox, and an outbox entry only once Telegram accepted
 * it, so a crash at any point loses nothing.
 */
class ChatDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ChatDispatcher.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String APOLOGY = "Mohon maaf, terjadi gangguan saat memproses pesan Anda. "
            + "Ketik /petugas untuk dilayani petugas humas. Dalam keadaan darurat, hubungi 112.";

    private final ChatQueue queue;
    private final ConversationService conversation;
    private final TelegramSender sender;
    private final SendRateLimiter limiter;
    private final int sendAttempts;
    private final java.util.function.Consumer<MessageDelivered> delivered;
    private final String owner = UUID.randomUUID().toString();
    private final Map<Long, AtomicBoolean> running = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    ChatDispatcher(ChatQueue queue, ConversationService conversation, TelegramSender sender,
                   SendRateLimiter limiter, int sendAttempts, java.util.function.Consumer<MessageDelivered> delivered) {
        this.delivered = delivered;
        this.queue = queue;
        this.conversation = conversation;
        this.sender = sender;
        this.limiter = limiter;
        this.sendAttempts = sendAttempts;
    }

    /** Asks for the chat's queues to be worked; cheap and safe to call often. */
    void signal(long chatId) {
        if (stopped) {
            return;
        }
        boolean[] start = {false};
        running.compute(chatId, (id, again) -> {
            if (again == null) {
                start[0] = true;
                return new AtomicBoolean(false);
            }
            again.set(true);
            return again;
        });
        if (start[0]) {
            Thread.ofVirtual().name("chat-" + chatId).start(() -> run(chatId));
        }
    }

    /** Signals every chat that has work recorded in Redis (after a restart, a failure, or another instance's death). */
    void sweep() {
        for (String chat : queue.pendingChats()) {
            try {
                signal(Long.parseLong(chat));
            } catch (NumberFormatException e) {
                log.warn("Ignoring a malformed pending chat id");
            }
        }
    }

    void stop() {
        stopped = true;
    }

    boolean idle() {
        return running.isEmpty();
    }

    private void run(long chatId) {
        try {
            do {
                drain(chatId);
            } while (!stopped && runAgain(chatId));
        } catch (RuntimeException e) {
            // Redis unreachable or similar: the work stays recorded; the sweeper brings us back.
            log.warn("Chat {} paused: {}", chatId, e.toString());
            running.remove(chatId);
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
        if (!queue.tryLock(chatId, owner, LEASE)) {
            return;
        }
        boolean blocked = false;
        try {
            while (!stopped) {
                if (!flushOutbox(chatId)) {
                    blocked = true;
                    break;
                }
                Optional<String> head = queue.peekInbox(chatId);
                if (head.isEmpty()) {
                    break;
                }
                List<OutgoingMessage> outgoing = process(head.get());
                if (queue.commit(chatId, head.get(), outgoing)) {
                    outgoing.stream().mapToLong(OutgoingMessage::chatId).filter(id -> id != chatId).distinct()
                            .forEach(this::signal);
                }
                queue.renew(chatId, owner, LEASE);
            }
        } finally {
            queue.unlock(chatId, owner);
        }
        if (!blocked) {
            queue.forgetIfIdle(chatId);
        }
    }

    private List<OutgoingMessage> process(String raw) {
        IncomingMessage message;
        try {
            message = queue.decode(raw);
        } catch (RuntimeException e) {
            log.error("Dropping an unreadable inbox entry: {}", e.getMessage());
            return List.of();
        }
        ConversationResult result;
        try {
            result = conversation.handle(message);
        } catch (RuntimeException e) {
            log.error("Pipeline failed on update {} of chat {}", message.updateId(), message.chatId(), e);
            result = new ConversationResult(List.of(Reply.text(APOLOGY)),
                    Decision.of(Decision.Outcome.FALLBACK, "pipeline-error"));
        }
        return ReplyRenderer.render(message, result);
    }

    /** Sends the outbox in order; false when Telegram keeps failing and the rest must wait. */
    private boolean flushOutbox(long chatId) {
        int failures = 0;
        Optional<String> head;
        while (!stopped && (head = queue.peekOutbox(chatId)).isPresent()) {
            OutgoingMessage message;
            try {
                message = queue.decodeOutgoing(head.get());
            } catch (RuntimeException e) {
                log.error("Dropping an unreadable outbox entry of chat {}", chatId);
                queue.popOutbox(chatId, head.get());
                continue;
            }
            if (!pause(() -> {
                if (message.limited()) {
                    limiter.acquire(message);
                }
            })) {
                return false;
            }
            SendOutcome outcome = sender.send(message);
            switch (outcome.status()) {
                case SENT -> {
                    queue.popOutbox(chatId, head.get());
                    failures = 0;
                    if (message.tag() != null && outcome.messageId() != null) {
                        delivered.accept(new MessageDelivered(message.tag(), message.chatId(), outcome.messageId()));
                    }
                }
                case PERMANENT -> {
                    log.warn("Telegram refused a message to chat {} for good: {}", chatId, outcome.detail());
                    queue.popOutbox(chatId, head.get());
                }
                case RETRY_AFTER -> {
                    log.info("Telegram asked to wait {} ms (chat {})", outcome.retryAfterMs(), chatId);
                    queue.renew(chatId, owner, LEASE.plusMillis(outcome.retryAfterMs()));
                    if (!pause(() -> Thread.sleep(outcome.retryAfterMs()))) {
                        return false;
                    }
                }
                case TRANSIENT -> {
                    failures++;
                    log.warn("Sending to chat {} failed (try {} of {}): {}", chatId, failures, sendAttempts, outcome.detail());
                    if (failures >= sendAttempts) {
                        return false;
                    }
                    long backoff = Math.min(8_000, 250L << Math.min(failures, 5));
                    queue.renew(chatId, owner, LEASE.plusMillis(backoff));
                    if (!pause(() -> Thread.sleep(backoff))) {
                        return false;
                    }
                }
            }
            queue.renew(chatId, owner, LEASE);
        }
        return !stopped;
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
