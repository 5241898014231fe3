package id.sigap.transcript;

import id.sigap.conversation.FeedbackGiven;
import id.sigap.conversation.TurnCompleted;
import id.sigap.handoff.HandoffEvent;
import id.sigap.privacy.ChatDataEraser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records every turn, handoff event and feedback from the events other features publish; nobody calls
 * it. Listeners only put the event on a bounded queue, so a citizen's turn is never slowed or failed by
 * recording; one writer thread redacts, pseudonymises and stores them in order. A {@code /hapus}
 * ({@link ChatDataEraser}, run by the durable deletion job on every instance, for its own files) goes
 * through the same queue and waits for its turn, so a record still waiting cannot be written after its
 * chat was erased, and a deletion that could not be done is reported and tried again, never dropped.
 * Logs never carry message text.
 */
@Component
class TranscriptRecorder implements SmartLifecycle, ChatDataEraser {

    private static final Duration ERASE_TIMEOUT = Duration.ofSeconds(30);

    /** A deletion waiting in the writer's queue, and how it went. */
    private record Erase(String chat, CompletableFuture<Integer> done) {
    }

    private static final Logger log = LoggerFactory.getLogger(TranscriptRecorder.class);
    private static final Duration DRAIN_ON_STOP = Duration.ofSeconds(10);
    /**
     * Lifecycle phase: started before, and stopped after, everything that produces turns (the Telegram
     * channel and the broadcast delivery at {@link SmartLifecycle#DEFAULT_PHASE}, chat deletions just
     * below) and after the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}), so the turns
     * those finish while stopping are still written; the Redis connection factory (phase 0) closes after.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

    private final TranscriptStore store;
    private final ChatPseudonyms pseudonyms;
    private final IssueMonitor monitor;
    private final BlockingQueue<Object> queue;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile long lastDropWarning;
    private volatile Thread writer;
    private volatile boolean running;
    private Runnable gapsChanged = () -> { };

    TranscriptRecorder(TranscriptStore store, ChatPseudonyms pseudonyms, IssueMonitor monitor, TranscriptSettings settings) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.monitor = monitor;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    }

    @EventListener
    void on(TurnCompleted turn) {
        // Web simulator trials are anonymous and unbounded: kept out of transcripts, reports and issue alerts.
        if (TurnRecords.worthRecording(turn) && !id.sigap.conversation.IncomingMessage.trial(turn.message().channel())) {
            submit(turn);
        }
    }

    @EventListener
    void on(HandoffEvent event) {
        if (!id.sigap.conversation.IncomingMessage.trial(event.channel())) {
            submit(event);
        }
    }

    @EventListener
    void on(FeedbackGiven feedback) {
        if (!id.sigap.conversation.IncomingMessage.trial(feedback.channel())) {
            submit(feedback);
        }
    }

    @EventListener
    void on(id.sigap.broadcast.BroadcastEvent broadcast) {
        submit(broadcast);
    }

    @EventListener
    void on(GapNoticeReceipt notice) {
        submit(notice);
    }

    @Override
    public String part() {
        return "transcript";
    }

    @Override
    public boolean perInstance() {
        // The day files are on each instance's disk (the streams are shared; deleting them again is harmless).
        return true;
    }

    @Override
    public void erase(String channel, long chatId) throws Exception {
        Erase erase = new Erase(pseudonyms.of(channel, chatId), new CompletableFuture<>());
        if (!running || !queue.offer(erase, ERASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("the transcript writer did not take the deletion");
        }
        submitted.incrementAndGet();
        try {
            int deleted = erase.done().get(ERASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Deleted {} transcript records of one chat on its request", deleted);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void submit(Object event) {
        if (queue.offer(event)) {
            submitted.incrementAndGet();
            return;
        }
        long count = dropped.incrementAndGet();
        long now = System.currentTimeMillis();
        if (now - lastDropWarning > 60_000) {
            lastDropWarning = now;
            log.warn("Transcript queue is full; {} records dropped so far", count);
        }
    }

    /** Waits until everything submitted so far has been written; true when it was in time. For tests and shutdown. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long target = submitted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Runs after each deletion, so that the gaps this instance shows forget the chat at once. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void onErase(KnowledgeGaps gaps) {
        this.gapsChanged = gaps::forget;
    }

    long droppedCount() {
        return dropped.get();
    }

    private void writeLoop() {
        while (running || !queue.isEmpty()) {
            Object event;
            try {
                event = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (event == null) {
                continue;
            }
            try {
                write(event);
            } catch (RuntimeException e) {
                // The event's text may hold personal data: log its type only.
                log.error("Could not record a {}: {}", event.getClass().getSimpleName(), e.getClass().getSimpleName());
            } finally {
                done.incrementAndGet();
            }
        }
    }

    private void write(Object event) {
        switch (event) {
            case TurnCompleted turn -> {
                TranscriptRecord record = TurnRecords.of(turn,
                        pseudonyms.of(turn.message().channel(), turn.message().chatId()));
                if (record.chat() != null && "TEXT".equals(record.kind())) {
                    // Server-side only: lets the askers of a knowledge gap hear when its answer is approved.
                    store.append(record, turn.message().channel(), turn.message().chatId());
                } else {
                    store.append(record);
                }
                monitor.observe(record);
            }
            case HandoffEvent handoff -> store.append(TurnRecords.of(handoff, pseudonyms.of(handoff.channel(), handoff.chatId())));
            case id.sigap.broadcast.BroadcastEvent broadcast -> store.append(TurnRecords.of(broadcast));
            case GapNoticeReceipt notice -> store.append(TurnRecords.of(notice));
            case FeedbackGiven feedback -> store.append(TurnRecords.of(feedback, pseudonyms.of(feedback.channel(), feedback.chatId())));
            case Erase erase -> {
                try {
                    erase.done().complete(store.deleteChat(erase.chat()));
                    gapsChanged.run();
                } catch (RuntimeException e) {
                    erase.done().completeExceptionally(e);
                    throw e;
                }
            }
            default -> throw new IllegalArgumentException("not a transcript event");
        }
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().daemon().name("transcript-writer").start(this::writeLoop);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = writer;
        if (thread != null) {
            try {
                thread.join(DRAIN_ON_STOP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!queue.isEmpty()) {
                log.warn("{} transcript records not written at shutdown", queue.size());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
