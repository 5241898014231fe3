package id.sigap.knowledge;

import id.sigap.store.RedisSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes this instance converge on the version another instance announced: on the pub/sub message
 * (fast path) and by a periodic comparison (catches missed messages). Either way it reloads from its
 * own disk; when that still gives another version (the shared files have not arrived yet) it says so
 * and tries again at the next check, without re-announcing, so instances never chase each other.
 */
@Component
class KnowledgeVersionFollower implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeVersionFollower.class);

    private final LiveKnowledgeBase knowledgeBase;
    private final KnowledgeVersionBoard board;
    private final RedisSubscription subscription;
    private final AtomicBoolean reloading = new AtomicBoolean();

    KnowledgeVersionFollower(LiveKnowledgeBase knowledgeBase, KnowledgeVersionBoard board,
                             RedisConnectionFactory connections) {
        this.knowledgeBase = knowledgeBase;
        this.board = board;
        this.subscription = new RedisSubscription(connections, RedisKnowledgeVersionBoard.CHANNEL, this::follow);
    }

    /** Subscribes; a lifecycle bean so that it unsubscribes while Redis is still open (stop comes before close). */
    @Override
    public void start() {
        subscription.start();
    }

    @Override
    public void stop() {
        subscription.stop();
    }

    @Override
    public boolean isRunning() {
        return subscription.isRunning();
    }

    @Scheduled(fixedDelayString = "${sigap.knowledge.version-check:PT30S}",
            initialDelayString = "${sigap.knowledge.version-check:PT30S}")
    void check() {
        board.published().ifPresent(this::follow);
    }

    void follow(String announced) {
        if (announced == null || announced.isBlank() || announced.equals(knowledgeBase.current().version())) {
            return;
        }
        if (!reloading.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("kb-follow").start(() -> {
            try {
                KnowledgeBase now = knowledgeBase.reload(ReloadTrigger.OTHER_INSTANCE);
                if (!now.version().equals(announced)) {
                    log.warn("Another instance serves knowledge-base version {}, this one reads {} from {}",
                            announced, now.version(), "its directory; will check again");
                }
            } catch (RuntimeException e) {
                log.warn("Reload after version {} was announced failed: {}", announced, e.getMessage());
            } finally {
                reloading.set(false);
            }
        });
    }

    @Override
    public void close() {
        subscription.close();
    }
}
