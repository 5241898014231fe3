package id.sigap.monitoring;

import id.sigap.privacy.Redactor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What citizens asked the bot most on each day (redacted, normalised text, counted in one Redis sorted
 * set a day that expires with the retention), for the morning brief.
 */
final class AskedQuestions {

    /** A question and how often it was asked. */
    record Asked(String question, int times) {
    }

    private static final RedisScript<Long> COUNT =
            RedisScript.of(new ClassPathResource("lua/monitoring/count-asked.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final ZoneId zone;
    private final Duration retention;

    AskedQuestions(StringRedisTemplate redis, ZoneId zone, Duration retention) {
        this.redis = redis;
        this.zone = zone;
        this.retention = retention;
    }

    void count(String question, Instant at) {
        String text = ItemIntake.cut(TextFingerprint.normalised(Redactor.redact(question)), 160);
        if (text.length() < 3) {
            return;
        }
        String key = key(LocalDate.ofInstant(at, zone));
        redis.execute(COUNT, List.of(key), text, String.valueOf(retention.toMillis()));
    }

    List<Asked> top(LocalDate day, int n) {
        Set<ZSetOperations.TypedTuple<String>> top = redis.opsForZSet().reverseRangeWithScores(key(day), 0, n - 1);
        List<Asked> asked = new ArrayList<>();
        if (top != null) {
            top.forEach(t -> asked.add(new Asked(t.getValue(), t.getScore() == null ? 0 : t.getScore().intValue())));
        }
        return asked;
    }

    private static String key(LocalDate day) {
        return ItemStore.PREFIX + "asked:" + day;
    }
}
