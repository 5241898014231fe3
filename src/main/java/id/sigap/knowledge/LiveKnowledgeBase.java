package id.sigap.knowledge;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge base currently served. Reloads read the whole directory, let every
 * {@link KnowledgeBaseListener} build its derived state, then swap the snapshot in one step, so a
 * question is answered from the old version or the new one, never from a mix. Reloads are serialised.
 */
@Service
public class LiveKnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledgeBase.class);

    private final KnowledgeSettings settings;
    private final List<KnowledgeBaseListener> listeners;
    private final KnowledgeVersionBoard board;
    private final Clock clock;
    private final AtomicReference<KnowledgeBase> current;

    @org.springframework.beans.factory.annotation.Autowired
    LiveKnowledgeBase(KnowledgeSettings settings, List<KnowledgeBaseListener> listeners,
                             ObjectProvider<KnowledgeVersionBoard> board, ObjectProvider<Clock> clock) {
        this(settings, listeners, board.getIfAvailable(() -> KnowledgeVersionBoard.NONE),
                clock.getIfAvailable(Clock::systemDefaultZone));
    }

    /** A knowledge base of one directory with no listeners and no other instances, loaded at once (tools, tests). */
    public static LiveKnowledgeBase standalone(KnowledgeSettings settings) {
        LiveKnowledgeBase knowledge = new LiveKnowledgeBase(settings, List.of(), null, Clock.systemDefaultZone());
        knowledge.reload();
        return knowledge;
    }

    private LiveKnowledgeBase(KnowledgeSettings settings, List<KnowledgeBaseListener> listeners,
                              KnowledgeVersionBoard board, Clock clock) {
        this.settings = settings;
        this.listeners = List.copyOf(listeners);
        this.board = board == null ? KnowledgeVersionBoard.NONE : board;
        this.clock = clock;
        this.current = new AtomicReference<>(KnowledgeBase.empty(LocalDate.now(this.clock)));
    }

    @PostConstruct
    void loadAtStartup() {
        reload(ReloadTrigger.STARTUP);
    }

    public KnowledgeBase current() {
        return current.get();
    }

    /** Reads the directory again now; returns the knowledge base that is current afterwards. */
    public KnowledgeBase reload() {
        return reload(ReloadTrigger.EXPLICIT);
    }

    public synchronized KnowledgeBase reload(ReloadTrigger trigger) {
        long started = System.nanoTime();
        KnowledgeBase next = KnowledgeBaseLoader.load(settings.dir(), LocalDate.now(clock));
        KnowledgeBase previous = current.get();
        if (next.version().equals(previous.version()) && trigger != ReloadTrigger.STARTUP) {
            current.set(next);
            log.debug("Knowledge base unchanged at version {} ({})", next.version(), trigger);
            return next;
        }
        for (KnowledgeBaseListener listener : listeners) {
            listener.knowledgeBaseLoaded(next);
        }
        current.set(next);
        log.info("Knowledge base version {} loaded ({}): {} entries served, {} files, {} problems, {} ms",
                next.version(), trigger, next.entries().size(), next.files(), next.problems().size(),
                (System.nanoTime() - started) / 1_000_000);
        if (next.entries().isEmpty()) {
            log.warn("No knowledge-base entry is served from {} ({} files): every question goes to staff and readiness "
                    + "is down until one is; check SIGAP_KB_DIR and `kb check`", settings.dir().toAbsolutePath(), next.files());
        }
        if (trigger != ReloadTrigger.OTHER_INSTANCE) {
            board.publish(next.version());
        }
        return next;
    }

    /** Validity dates are days: when the day changes, entries may expire, so the served set is rebuilt. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void checkDay() {
        if (!LocalDate.now(clock).equals(current.get().asOf())) {
            reload(ReloadTrigger.NEW_DAY);
        }
    }
}
