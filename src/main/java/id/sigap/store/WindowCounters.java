package id.sigap.store;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counters in Redis, shared by every instance: rate limits and sign-in attempt limits.
 * Counting and starting the window are one atomic step, so concurrent requests each get a distinct
 * count and none slips past a limit.
 */
@Component
public class WindowCounters {

    /** INCR, and on the first count of a window its expiry; returns the count and the milliseconds left. */
    private static final RedisScript<List> COUNT = RedisScript.of(new ClassPathResource("lua/store/window-count.lua"), List.class);

    private final StringRedisTemplate redis;

    WindowCounters(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** One count in the window; the window starts with the first count and lasts {@code window}. */
    public Count increment(String key, Duration window) {
        List<?> result = redis.execute(COUNT, List.of(key), String.valueOf(Math.max(1, window.toMillis())));
        return new Count(((Number) result.get(0)).longValue(), Duration.ofMillis(((Number) result.get(1)).longValue()));
    }

    /** The count so far in the current window (0 when none). */
    public long current(String key) {
        String value = redis.opsForValue().get(key);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Milliseconds until the window ends, or zero. */
    public Duration remaining(String key) {
        Long ttl = redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
        return ttl == null || ttl < 0 ? Duration.ZERO : Duration.ofMillis(ttl);
    }

    /** Takes one count back (a request that turned out not to count); a window already over is left alone. */
    public void giveBack(String key) {
        redis.execute(GIVE_BACK, List.of(key));
    }

    private static final RedisScript<Long> GIVE_BACK = RedisScript.of(
            new org.springframework.core.io.ClassPathResource("lua/store/give-back.lua"), Long.class);

    public void clear(String... keys) {
        redis.delete(List.of(keys));
    }

    /**
     * @param value     the count including this one
     * @param remaining time left in the window
     */
    public record Count(long value, Duration remaining) {
        public boolean over(long limit) {
            return value > limit;
        }
    }
}
