package id.sigap.conversation;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.util.List;

/** A Redis list that keeps only its newest items and expires: push, trim and expiry in one Lua step. */
final class CappedList {

    private static final RedisScript<Long> PUSH =
            RedisScript.of(new ClassPathResource("lua/conversation/push-capped.lua"), Long.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ_THEN_PUSH =
            RedisScript.of(new ClassPathResource("lua/conversation/read-then-push-capped.lua"), List.class);

    private CappedList() {
    }

    /** Pushes {@code value} at the head ({@code newestFirst}) or the tail, keeps {@code keep} newest items. */
    static void push(StringRedisTemplate redis, String key, String value, boolean newestFirst, int keep, Duration ttl) {
        redis.execute(PUSH, List.of(key), value, newestFirst ? "L" : "R", String.valueOf(keep),
                String.valueOf(ttl.toMillis()));
    }

    /**
     * The whole list as it was (oldest first), then {@code value} pushed at the tail keeping {@code keep} newest
     * items, with the expiry: one step.
     */
    static List<String> readThenPush(StringRedisTemplate redis, String key, String value, int keep, Duration ttl) {
        List<?> before = redis.execute(READ_THEN_PUSH, List.of(key), value, String.valueOf(keep),
                String.valueOf(ttl.toMillis()));
        return before == null ? List.of() : before.stream().map(String::valueOf).toList();
    }
}
