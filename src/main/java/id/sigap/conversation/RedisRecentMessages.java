package id.sigap.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Keeps a chat's last {@value #KEEP} messages (redacted, cut to {@value #KEPT_CHARS} characters) in a Redis list
 * {@code sigap:conv:said:<channel>:<chat>}, forgotten after {@link #TTL} of silence or on {@code /hapus}. Shared by all
 * instances: the pieces of one story may land on different ones.
 */
@Component
class RedisRecentMessages implements RecentMessages {

    static final int KEEP = 2;
    static final int KEPT_CHARS = 1000;
    static final Duration TTL = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(RedisRecentMessages.class);

    private final StringRedisTemplate redis;

    RedisRecentMessages(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String channel, long chatId) {
        return "sigap:conv:said:" + channel + ":" + chatId;
    }

    @Override
    public List<String> beforeThenRemember(String channel, long chatId, String text) {
        try {
            return CappedList.readThenPush(redis, key(channel, chatId),
                    text.length() > KEPT_CHARS ? text.substring(0, KEPT_CHARS) : text, KEEP, TTL).reversed();
        } catch (RuntimeException e) {
            // the message is still read alone: a store that is away costs the reading across messages, nothing else
            log.warn("Could not read or remember the chat's last messages: {}", e.getMessage());
            return List.of();
        }
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        redis.delete(key(request.channel(), request.chatId()));
    }
}
