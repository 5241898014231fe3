package id.sigap.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Announces the served version under {@value #VERSION_KEY} and on the channel {@value #CHANNEL}. A Redis
 * outage must not stop a reload: failures are logged and the follower's periodic check catches up.
 */
@Component
class RedisKnowledgeVersionBoard implements KnowledgeVersionBoard {

    static final String VERSION_KEY = "sigap:kb:version";
    static final String CHANNEL = "sigap:kb:changed";
    private static final Logger log = LoggerFactory.getLogger(RedisKnowledgeVersionBoard.class);

    private final StringRedisTemplate redis;

    RedisKnowledgeVersionBoard(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void publish(String version) {
        try {
            redis.opsForValue().set(VERSION_KEY, version);
            redis.convertAndSend(CHANNEL, version);
        } catch (RuntimeException e) {
            log.warn("Could not announce knowledge-base version {} in Redis: {}", version, e.getMessage());
        }
    }

    @Override
    public Optional<String> published() {
        try {
            return Optional.ofNullable(redis.opsForValue().get(VERSION_KEY));
        } catch (RuntimeException e) {
            log.warn("Could not read the knowledge-base version from Redis: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
