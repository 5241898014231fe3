package id.sigap.knowledge;

import id.sigap.store.RedisSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
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
class KnowledgeVersionFollower {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeVersionFollower.class);

    private final LiveKnowledgeBase knowledgeBase;
    private final KnowledgeVersionBoard board;
    private final AtomicBoolean reloading = new AtomicBoolean();

    KnowledgeVersionFollower(LiveKnowledgeBase knowledgeBase, KnowledgeVersionBoard board) {
        this.knowledgeBase = knowledgeBase;
        this.board = board;
    }

    /**
     * The fast path: the announcements on the channel, followed as they come. The subscription is a lifecycle bean
     * of its own, so it unsubscribes in the context's lifecycle stop, while Redis is still open.
     */
    @Bean
    RedisSubscription knowledgeVersionSubscription(RedisConnectionFactory connections) {
        return new RedisSubscription(connections, RedisKnowledgeVersionBoard.CHANNEL, this::follow);
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
}
