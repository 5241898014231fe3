package id.sigap.broadcast;

import id.sigap.broadcast.BroadcastTransport.Delivery;
import id.sigap.conversation.Reply;
import id.sigap.store.ThroughOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works through the recipients of broadcasts being sent: a few senders per instance (virtual threads), each
 * taking one recipient at a time from Redis, waiting for the shared rate limit (replies to citizens go
 * first) and recording the outcome. Every instance helps; a restart picks up where the last one stopped.
 * A 403 unsubscribes the citizen; a 429 pauses this instance's senders for as long as Telegram asks;
 * 5xx and network errors are tried again with back-off, then counted as failed.
 */
@Component
class BroadcastDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BroadcastDelivery.class);
    private static final int MAX_WAITS = 50;
    private static final java.time.Duration SETTLE_RETRY_FOR = java.time.Duration.ofMinutes(2);

    private final BroadcastStore store;
    private final BroadcastService service;
    private final Subscriptions subscriptions;
    private final BroadcastSettings settings;
    private final ObjectProvider<BroadcastTransport> transports;
    private final ObjectProvider<MeterRegistry> meters;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final Object signal = new Object();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    /** Recipients Telegram accepted whose outcome could not be recorded yet: never given back. */
    private final Set<Long> sentUnrecorded = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile long pausedUntil;
    private volatile boolean woken;
    private Thread coordinator;

    BroadcastDelivery(BroadcastStore store, BroadcastService service, Subscriptions subscriptions,
                      BroadcastSettings settings, ObjectProvider<BroadcastTransport> transports,
                      ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
        this.store = store;
        this.service = service;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.transports = transports;
        this.meters = meters;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void start() {
        BroadcastTransport transport = transports.getIfAvailable();
        if (transport == null) {
            log.info("No channel for broadcasts (no Telegram token): approved broadcasts wait until one is configured");
            return;
        }
        running = true;
        service.onStart(this::wake);
        coordinator = Thread.ofVirtual().name("broadcast-delivery").start(() -> coordinate(transport));
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (coordinator != null) {
            try {
                coordinator.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void coordinate(BroadcastTransport transport) {
        while (running) {
            boolean worked = false;
            try {
                for (String id : store.active()) {
                    if (!running) {
                        break;
                    }
                    worked |= work(id, transport);
                }
            } catch (RuntimeException e) {
                // Redis unreachable or similar: everything stays recorded; try again shortly.
                log.warn("Broadcast delivery paused: {}", e.toString());
            }
            if (!worked) {
                idle();
            }
        }
    }

    private void idle() {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /** Sends to the broadcast's remaining recipients; true when it found any to send to. */
    private boolean work(String id, BroadcastTransport transport) {
        Optional<Broadcast> found = store.find(id);
        if (found.isEmpty() || found.get().state() != Broadcast.State.SENDING) {
            return false;
        }
        Broadcast b = found.get();
        Reply update = service.render(b);
        int[] handled = new int[settings.senders()];
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < settings.senders(); i++) {
            int slot = i;
            senders.add(Thread.ofVirtual().name("broadcast-" + id + "-" + i).start(() -> {
                try {
                    handled[slot] = sendAll(b, update, transport);
                } catch (RuntimeException e) {
                    // Redis unreachable: what was not recorded stays in Redis for the next round.
                    log.warn("Broadcast {} sender paused: {}", id, e.toString());
                }
            }));
        }
        for (Thread sender : senders) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
        // Every sender of this instance has stopped: a recipient it still holds was left by a sender that lost
        // Redis before sending (a claim whose answer never came, a give-back that failed) and goes back.
        long released = store.releaseHeldBy(id, owner, sentUnrecorded);
        if (released > 0) {
            log.info("Broadcast {}: {} recipients not yet sent to when Redis went away are queued again", id, released);
        }
        long reaped = store.reap(id, clock.instant().minus(settings.interruptedAfter()));
        if (reaped > 0) {
            log.warn("Broadcast {}: {} recipients were being sent to by an instance that stopped; counted as interrupted",
                    id, reaped);
        }
        // Read again: an approver may have stopped it while it was being sent.
        boolean stopped = store.find(id).map(Broadcast::stoppedBy).isPresent();
        service.finishIfDone(id, stopped ? Broadcast.State.CANCELLED : Broadcast.State.DONE);
        int total = 0;
        for (int n : handled) {
            total += n;
        }
        return total > 0;
    }

    /** One sender: recipients one at a time until none is left or the instance stops; returns how many. */
    private int sendAll(Broadcast b, Reply update, BroadcastTransport transport) {
        int count = 0;
        while (running) {
            Instant now = clock.instant();
            if (b.expiredAt(now)) {
                long expired = store.drain(b.id(), "expired");
                if (expired > 0) {
                    log.info("Broadcast {} expired with {} recipients not reached", b.id(), expired);
                }
                return count;
            }
            Optional<Long> chat = store.claim(b, owner, now);
            if (chat.isEmpty()) {
                return count;
            }
            deliverOne(b, update, chat.get(), transport);
            count++;
        }
        return count;
    }

    private void deliverOne(Broadcast b, Reply update, long chatId, BroadcastTransport transport) {
        int failures = 0;
        int waits = 0;
        while (true) {
            if (!running || !pauseIfAsked()) {
                // Stopping before this recipient got anything: leave it for the next run.
                store.giveBack(b.id(), chatId, owner);
                return;
            }
            Delivery d;
            try {
                d = transport.deliver(chatId, update, settings.allowPaidBroadcast());
            } catch (DataAccessException e) {
                // The shared rate limit is out of reach: nothing was sent; the claim is released once Redis is back.
                throw e;
            } catch (RuntimeException e) {
                d = Delivery.transientFailure("error");
            }
            switch (d.status()) {
                case SENT -> {
                    sentUnrecorded.add(chatId);
                    settle(b, chatId, "sent", d.messageId());
                    sentUnrecorded.remove(chatId);
                    return;
                }
                case BLOCKED -> {
                    subscriptions.unsubscribeAll(chatId);
                    settle(b, chatId, "blocked", null);
                    return;
                }
                case FAILED -> {
                    settle(b, chatId, "failed:" + d.reason(), null);
                    return;
                }
                case RETRY_AFTER -> {
                    if (++waits > MAX_WAITS) {
                        store.giveBack(b.id(), chatId, owner);
                        return;
                    }
                    pausedUntil = Math.max(pausedUntil, System.currentTimeMillis() + d.retryAfterMs());
                    count("rate-limited");
                }
                case TRANSIENT -> {
                    if (++failures >= settings.attempts()) {
                        settle(b, chatId, "failed:" + d.reason(), null);
                        return;
                    }
                    count("retry");
                    if (!sleep(Math.min(8_000, 250L << Math.min(failures, 5)))) {
                        store.giveBack(b.id(), chatId, owner);
                        return;
                    }
                }
            }
            try {
                store.renew(b.id(), chatId, owner, clock.instant());
            } catch (DataAccessException e) {
                // The claim is minutes long; the next try renews it.
                log.debug("Could not renew a claim of broadcast {}: {}", b.id(), e.toString());
            }
        }
    }

    /**
     * Records a recipient's outcome. After a message went out this must not be lost (or the recipient would
     * count as interrupted), so it is retried through a short Redis outage.
     */
    private void settle(Broadcast b, long chatId, String outcome, Long messageId) {
        long context = outcome.equals("sent") ? settings.context().toMillis() : 0;
        boolean held = ThroughOutage.retry(SETTLE_RETRY_FOR, log, "record a delivery of broadcast " + b.id(),
                () -> store.settle(b.id(), chatId, outcome, owner, messageId, context));
        if (!held) {
            log.warn("Broadcast {}: a recipient was settled elsewhere meanwhile", b.id());
        }
        count(outcome);
    }

    /** Waits out a 429 pause; false when the instance is stopping. */
    private boolean pauseIfAsked() {
        long wait = pausedUntil - System.currentTimeMillis();
        return wait <= 0 || sleep(wait);
    }

    private boolean sleep(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (running) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(left, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void count(String outcome) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        String key = outcome.startsWith("failed:") ? "failed" : outcome;
        counters.computeIfAbsent(key, k -> Counter.builder("sigap.broadcast.messages")
                .description("Broadcast messages by outcome").tag("outcome", k).register(registry)).increment();
    }
}
