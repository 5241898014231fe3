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

    private CappedList() {
    }

    /** Pushes {@code value} at the head ({@code newestFirst}) or the tail, keeps {@code keep} newest items. */
    static void push(StringRedisTemplate redis, String key, String value, boolean newestFirst, int keep, Duration ttl) {
        redis.execute(PUSH, List.of(key), value, newestFirst ? "L" : "R", String.valueOf(keep),
                String.valueOf(ttl.toMillis()));
    }
}
