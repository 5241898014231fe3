package id.sigap.gaps;

import id.sigap.broadcast.BroadcastTransport;
import id.sigap.broadcast.BroadcastTransport.Delivery;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.knowledge.Markdown;
import id.sigap.store.ThroughOutage;
import id.sigap.texts.Texts;
import id.sigap.transcript.KnowledgeGaps.Asker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Tells the askers of an approved gap its new answer: one message each, with the entry's title, answer and
 * source, through the broadcast outbox (which waits for Telegram's limits with replies to citizens first).
 * Every instance helps and picks up unfinished notices after a restart. Each asker is claimed in Redis under a
 * lease before anything is decided or sent ({@link GapStore}): the holder renews it while it works, gives it back
 * when it stops, and a lease left by a crashed instance expires and is taken over. Every send attempt is fenced
 * (only the holder, and never while another holder's attempt may be in flight), and an outcome is recorded in the
 * same step that marks the asker dealt with, so an asker whose message Telegram took is never sent it again and
 * every asker is counted once. Not told, and counted: askers outside the window, those staff already answered by
 * hand, and those who deleted their data. A 403 (the citizen blocked the bot) is recorded as {@code blocked} and
 * not tried again. A notice is done only when no asker is left pending or claimed.
 */
@Component
class GapNotifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GapNotifier.class);
    private static final Pattern ENGLISH = Pattern.compile("(?m)^\\s*<!--\\s*lang:\\s*en\\s*-->\\s*$");
    private static final int MAX_WAITS = 50;
    private static final int RECENT = 100;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration SETTLE_RETRY_FOR = Duration.ofMinutes(2);

    private final GapStore store;
    private final GapSettings settings;
    private final LiveKnowledgeBase knowledge;
    private final ObjectProvider<BroadcastTransport> transports;
    private final Object signal = new Object();
    private final String owner = UUID.randomUUID().toString();
    private final AtomicLong claims = new AtomicLong();
    /** The askers this instance holds now, by claim token: renewed by the heartbeat. */
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean beating;
    private volatile boolean woken;
    private Thread worker;
    private Thread heartbeat;

    private record Held(String originId, String chatKey) {
    }

    /** An asker's outcome; {@code attempted}: Telegram's answer to a send attempt (recorded whoever holds the lease). */
    private record Outcome(String value, boolean attempted) {
    }

    GapNotifier(GapStore store, GapSettings settings, LiveKnowledgeBase knowledge,
                ObjectProvider<BroadcastTransport> transports) {
        this.store = store;
        this.settings = settings;
        this.knowledge = knowledge;
        this.transports = transports;
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        beating = true;
        heartbeat = Thread.ofVirtual().name("gap-notifier-leases").start(this::renewLeases);
        worker = Thread.ofVirtual().name("gap-notifier").start(this::loop);
    }

    /**
     * Stops taking askers. A send in flight ends and is recorded; an asker waiting between attempts is given back
     * (not counted) for another instance, or this one after a restart. Leases are renewed until every asker held
     * is settled or given back, for at most ten seconds; after that they expire on their own.
     */
    @Override
    public void stop() {
        running = false;
        wake();
        long until = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            if (worker != null) {
                worker.join(STOP_WAIT);
            }
            while (!held.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            beating = false;
            if (heartbeat != null) {
                heartbeat.interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                for (GapNotice notice : store.notices(RECENT)) {
                    if (!notice.done() && running) {
                        tell(notice);
                    }
                }
            } catch (RuntimeException e) {
                // Redis unreachable or similar: outcomes stay recorded, leases expire; try again shortly.
                log.warn("Gap notices paused: {}", e.toString());
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(5_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        running = false;
                    }
                }
                woken = false;
            }
        }
    }

    /** Keeps the leases of the askers being worked on alive, every third of the lease. */
    private void renewLeases() {
        long every = Math.max(10, settings.lease().toMillis() / 3);
        while (beating) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            held.forEach((token, h) -> {
                try {
                    if (!store.renew(h.originId(), h.chatKey(), token, settings.lease(), settings.attemptMark())) {
                        log.debug("Gap notice {}: the lease on an asker was lost", h.originId());
                    }
                } catch (RuntimeException e) {
                    log.debug("Gap notice {}: lease not renewed: {}", h.originId(), e.toString());
                }
            });
        }
    }

    /**
     * Deals with every asker of a notice that nobody else is dealing with, then marks it done when no asker is
     * left pending or claimed (by any instance).
     */
    void tell(GapNotice notice) {
        String id = notice.origin().id();
        Optional<KnowledgeEntry> entry = knowledge.current().entry(notice.origin().entryId());
        Instant from = notice.approvedAt().minus(settings.notifyWindow());
        for (Map.Entry<String, Asker> e : store.askers(id).entrySet()) {
            if (!running) {
                return;
            }
            String chat = e.getKey();
            String token = owner + ":" + claims.incrementAndGet();
            // Also checks that the chat is still an asker: a /hapus meanwhile removed it (and counted it).
            if (store.claim(id, chat, token, settings.lease()) != GapStore.Claim.TAKEN) {
                continue;
            }
            held.put(token, new Held(id, chat));
            try {
                deal(id, chat, token, e.getValue(), entry, from);
            } catch (RuntimeException ex) {
                giveBack(id, chat, token);
                throw ex;
            } finally {
                held.remove(token);
            }
        }
        if (running && store.finish(id)) {
            GapNotice finished = store.find(id).orElse(notice);
            log.info("Gap notice {} for entry {} finished: {}", id, notice.origin().entryId(), finished.receipt());
        }
    }

    private void deal(String id, String chat, String token, Asker asker, Optional<KnowledgeEntry> entry, Instant from) {
        Outcome outcome;
        if (asker.answeredByStaff()) {
            outcome = new Outcome("skipped:answered-by-staff", false);
        } else if (asker.askedAt().isBefore(from)) {
            outcome = new Outcome("skipped:outside-window", false);
        } else if (!"telegram".equals(asker.channel())) {
            outcome = new Outcome("skipped:other-channel", false);
        } else if (entry.isEmpty()) {
            outcome = new Outcome("skipped:entry-not-served", false);
        } else {
            outcome = send(id, chat, token, asker, message(entry.get(), "en".equals(asker.language())));
        }
        if (outcome == null) {
            // Stopping between attempts, the lease lost, or nothing to send any more: nothing recorded here.
            giveBack(id, chat, token);
            return;
        }
        boolean recorded = outcome.attempted()
                // Telegram answered: this must not be lost (the asker would be sent it again), so ride out a short outage.
                ? ThroughOutage.retry(SETTLE_RETRY_FOR, log, "record a gap notification",
                        () -> store.settle(id, chat, token, outcome.value(), true))
                : store.settle(id, chat, token, outcome.value(), false);
        if (!recorded && outcome.value().equals("sent")) {
            log.warn("Gap notice {}: an asker was dealt with elsewhere while this instance sent to it", id);
        } else if (!recorded) {
            log.debug("Gap notice {}: an asker was dealt with elsewhere meanwhile", id);
        }
    }

    private void giveBack(String id, String chat, String token) {
        try {
            store.release(id, chat, token);
        } catch (RuntimeException e) {
            // Redis unreachable: the lease expires on its own and another instance takes the asker.
            log.debug("Gap notice {}: lease not given back: {}", id, e.toString());
        }
    }

    /** Sends one message, fenced and retried; null when nothing is to be recorded (stopping, lease lost, gone). */
    private Outcome send(String id, String chat, String token, Asker asker, Reply message) {
        BroadcastTransport transport = transports.getIfAvailable();
        if (transport == null) {
            return new Outcome("failed:no-channel", false);
        }
        int failures = 0;
        int waits = 0;
        while (running) {
            long gate = store.beginSend(id, chat, token, settings.lease(), settings.attemptMark());
            if (gate == 0 || gate == 2) {
                return null;
            }
            if (gate < 0) {
                // Another holder's attempt may be in flight (its lease was lost or expired): wait for its outcome.
                if (!sleep(Math.min(-gate, 500))) {
                    return null;
                }
                continue;
            }
            Delivery d;
            try {
                d = transport.deliver(asker.chatId(), message, false);
            } catch (RuntimeException e) {
                d = Delivery.transientFailure("error");
            }
            switch (d.status()) {
                case SENT -> {
                    return new Outcome("sent", true);
                }
                case BLOCKED -> {
                    return new Outcome("blocked", true);
                }
                case FAILED -> {
                    return new Outcome("failed:" + d.reason(), true);
                }
                case RETRY_AFTER -> {
                    if (++waits > MAX_WAITS) {
                        return new Outcome("failed:rate-limited", true);
                    }
                    if (!sleep(d.retryAfterMs())) {
                        return null;
                    }
                }
                case TRANSIENT -> {
                    if (Thread.currentThread().isInterrupted()) {
                        return null;
                    }
                    if (++failures >= settings.attempts()) {
                        return new Outcome("failed:" + d.reason(), true);
                    }
                    if (!sleep(Math.min(8_000, 250L << Math.min(failures, 5)))) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** The official answer: a line saying why it comes, the entry's text in the citizen's language, its source. */
    static Reply message(KnowledgeEntry entry, boolean english) {
        String[] parts = ENGLISH.split(entry.body(), 2);
        String body = english && parts.length > 1 ? parts[1] : parts[0];
        String intro = english ? Texts.citizenEnglish("gaps.answer-ready") : Texts.citizen("gaps.answer-ready");
        return new Reply(entry.title(), intro + "\n\n" + Markdown.plain(body).strip(), entry.sourceUrl(), List.of());
    }

    /** Waits, in short steps so that stopping is noticed; false when stopping. */
    private boolean sleep(long millis) {
        long deadline = System.currentTimeMillis() + Math.max(1, millis);
        while (running) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(left, 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                return false;
            }
        }
        return false;
    }
}
