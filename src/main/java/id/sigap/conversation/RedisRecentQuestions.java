package id.sigap.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Keeps the last {@value #TURNS} questions of a chat in a Redis list {@code sigap:conv:<channel>:<chat>},
 * forgotten after {@link #TTL} of silence (a question an hour later is a new conversation) or on
 * {@code /hapus}. Shared by all instances, so a follow-up may land on any of them.
 */
@Component
class RedisRecentQuestions implements RecentQuestions {

    static final int TURNS = 3;
    static final Duration TTL = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(RedisRecentQuestions.class);

    @SuppressWarnings("rawtypes")
    private static final org.springframework.data.redis.core.script.RedisScript<List> RECENT_THEN_REMEMBER =
            org.springframework.data.redis.core.script.RedisScript.of(
                    new org.springframework.core.io.ClassPathResource("lua/conversation/recent-then-remember.lua"),
                    List.class);

    private static final org.springframework.data.redis.core.script.RedisScript<Long> REREAD =
            org.springframework.data.redis.core.script.RedisScript.of(
                    new org.springframework.core.io.ClassPathResource("lua/conversation/reread.lua"), Long.class);

    private final StringRedisTemplate redis;

    RedisRecentQuestions(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String channel, long chatId) {
        return "sigap:conv:" + channel + ":" + chatId;
    }

    @Override
    public List<String> recent(String channel, long chatId) {
        try {
            List<String> list = redis.opsForList().range(key(channel, chatId), 0, TURNS - 1);
            return list == null ? List.of() : list;
        } catch (RuntimeException e) {
            log.warn("Recent questions unavailable: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public void remember(String channel, long chatId, String question) {
        try {
            CappedList.push(redis, key(channel, chatId), question, true, TURNS, TTL);
        } catch (RuntimeException e) {
            log.warn("Could not remember the question: {}", e.getMessage());
        }
    }

    @Override
    public List<String> recentThenRemember(String channel, long chatId, String question) {
        try {
            List<?> before = redis.execute(RECENT_THEN_REMEMBER, List.of(key(channel, chatId)), question,
                    String.valueOf(TURNS), String.valueOf(TTL.toMillis()));
            return before == null ? List.of() : before.stream().map(String::valueOf).toList();
        } catch (RuntimeException e) {
            log.warn("Recent questions unavailable: {}", e.getMessage());
            remember(channel, chatId, question);
            return List.of();
        }
    }

    @Override
    public void reread(String channel, long chatId, String question, String asRead) {
        try {
            redis.execute(REREAD, List.of(key(channel, chatId)), question, asRead);
        } catch (RuntimeException e) {
            log.warn("Could not remember the question as read: {}", e.getMessage());
        }
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        redis.delete(key(request.channel(), request.chatId()));
    }
}
