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
 * set a day that expires with the retention), for the morning brief. What each asker asked is kept beside it
 * ({@code <day>:by:<asker>}, the asker a pseudonym, same expiry), so that a citizen's {@code /hapus} takes their
 * questions out of the counts ({@link AskedQuestionsEraser}).
 */
final class AskedQuestions {

    /** A question and how often it was asked. */
    record Asked(String question, int times) {
    }

    private static final RedisScript<Long> COUNT =
            RedisScript.of(new ClassPathResource("lua/monitoring/count-asked.lua"), Long.class);
    private static final RedisScript<Long> FORGET =
            RedisScript.of(new ClassPathResource("lua/monitoring/forget-asked.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final ZoneId zone;
    private final Duration retention;

    AskedQuestions(StringRedisTemplate redis, ZoneId zone, Duration retention) {
        this.redis = redis;
        this.zone = zone;
        this.retention = retention;
    }

    /** Counts a question (redacted whole, then normalised and cut) asked by {@code asker} at {@code at}. */
    void count(String question, Instant at, String asker) {
        String text = ItemIntake.cut(TextFingerprint.normalised(Redactor.redact(question)), 160);
        if (text.length() < 3) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        redis.execute(COUNT, List.of(key(day), key(day) + ":by:" + asker), text, String.valueOf(retention.toMillis()));
    }

    /**
     * Takes what {@code asker} asked out of every day still kept (and a day either side, for a clock or zone
     * that moved). Returns how many questions were taken out.
     */
    long forget(String asker, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        long forgotten = 0;
        for (LocalDate day = today.minusDays(retention.toDays() + 1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
            Long n = redis.execute(FORGET, List.of(key(day), key(day) + ":by:" + asker));
            forgotten += n == null ? 0 : n;
        }
        return forgotten;
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
