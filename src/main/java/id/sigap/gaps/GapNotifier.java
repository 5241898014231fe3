package id.sigap.gaps;

import id.sigap.broadcast.BroadcastTransport;
import id.sigap.broadcast.BroadcastTransport.Delivery;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.knowledge.Markdown;
import id.sigap.texts.Texts;
import id.sigap.transcript.KnowledgeGaps.Asker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the askers of an approved gap its new answer: one message each, with the entry's title, answer and
 * source, through the broadcast outbox (which waits for Telegram's limits with replies to citizens first).
 * Every instance helps and picks up unfinished notices after a restart; each asker is claimed in Redis before
 * anything is sent, so nobody is told twice. Not told, and counted: askers outside the window, those staff
 * already answered by hand, and those who deleted their data. A 403 (the citizen blocked the bot) is recorded
 * as {@code blocked} and not tried again.
 */
@Component
class GapNotifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GapNotifier.class);
    private static final Pattern ENGLISH = Pattern.compile("(?m)^\\s*<!--\\s*lang:\\s*en\\s*-->\\s*$");
    private static final int MAX_WAITS = 50;
    private static final int RECENT = 100;

    private final GapStore store;
    private final GapSettings settings;
    private final LiveKnowledgeBase knowledge;
    private final ObjectProvider<BroadcastTransport> transports;
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean woken;
    private Thread worker;

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
        worker = Thread.ofVirtual().name("gap-notifier").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
                // Redis unreachable or similar: claims and receipts stay recorded; try again shortly.
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

    /** Deals with every asker of a notice not dealt with yet, then marks it done. */
    void tell(GapNotice notice) {
        String id = notice.origin().id();
        Optional<KnowledgeEntry> entry = knowledge.current().entry(notice.origin().entryId());
        Instant from = notice.approvedAt().minus(settings.notifyWindow());
        for (Map.Entry<String, Asker> e : store.askers(id).entrySet()) {
            if (!running) {
                return;
            }
            Asker asker = e.getValue();
            // Checked again just before: a /hapus meanwhile removed the chat (and counted it).
            if (!store.stillAsker(id, e.getKey()) || !store.claim(id, e.getKey())) {
                continue;
            }
            String outcome;
            if (asker.answeredByStaff()) {
                outcome = "skipped:answered-by-staff";
            } else if (asker.askedAt().isBefore(from)) {
                outcome = "skipped:outside-window";
            } else if (!"telegram".equals(asker.channel())) {
                outcome = "skipped:other-channel";
            } else if (entry.isEmpty()) {
                outcome = "skipped:entry-not-served";
            } else {
                outcome = send(asker, message(entry.get(), "en".equals(asker.language())));
            }
            store.count(id, outcome);
        }
        store.finish(id);
        GapNotice finished = store.find(id).orElse(notice);
        log.info("Gap notice {} for entry {} finished: {}", id, notice.origin().entryId(), finished.receipt());
    }

    private String send(Asker asker, Reply message) {
        BroadcastTransport transport = transports.getIfAvailable();
        if (transport == null) {
            return "failed:no-channel";
        }
        int failures = 0;
        int waits = 0;
        while (running) {
            Delivery d;
            try {
                d = transport.deliver(asker.chatId(), message, false);
            } catch (RuntimeException e) {
                d = Delivery.transientFailure("error");
            }
            switch (d.status()) {
                case SENT -> {
                    return "sent";
                }
                case BLOCKED -> {
                    return "blocked";
                }
                case FAILED -> {
                    return "failed:" + d.reason();
                }
                case RETRY_AFTER -> {
                    if (++waits > MAX_WAITS) {
                        return "failed:rate-limited";
                    }
                    sleep(d.retryAfterMs());
                }
                case TRANSIENT -> {
                    if (++failures >= settings.attempts()) {
                        return "failed:" + d.reason();
                    }
                    sleep(Math.min(8_000, 250L << Math.min(failures, 5)));
                }
            }
        }
        return "failed:interrupted";
    }

    /** The official answer: a line saying why it comes, the entry's text in the citizen's language, its source. */
    static Reply message(KnowledgeEntry entry, boolean english) {
        String[] parts = ENGLISH.split(entry.body(), 2);
        String body = english && parts.length > 1 ? parts[1] : parts[0];
        String intro = english ? Texts.citizenEnglish("gaps.answer-ready") : Texts.citizen("gaps.answer-ready");
        return new Reply(entry.title(), intro + "\n\n" + Markdown.plain(body).strip(), entry.sourceUrl(), List.of());
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
