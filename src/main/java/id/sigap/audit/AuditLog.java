package id.sigap.audit;

import id.sigap.privacy.Redactor;
import id.sigap.store.Json;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The console's audit log: who changed what, when, with the state before and after. Kept in Redis
 * (list {@code sigap:console:audit}, newest first) for {@code sigap.audit.retention} ({@link AuditRetention}).
 * Personal data (NIK/KK, phone numbers, e-mail addresses, card numbers) is redacted in every field before
 * it is stored: the log says who did what, not what a citizen wrote (a staff reply quoting a citizen's
 * number, for instance). Exact published texts are kept apart, in the knowledge base's version history.
 */
@Service
public class AuditLog {

    static final String KEY = "sigap:console:audit";

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final JsonMapper json = Json.MAPPER;

    AuditLog(StringRedisTemplate redis, ObjectProvider<Clock> clock) {
        this.redis = redis;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public AuditRecord record(String actor, String action, String subject, String before, String after) {
        AuditRecord record = new AuditRecord(clock.instant(), actor, action, Redactor.redact(subject),
                Redactor.redact(before), Redactor.redact(after));
        redis.opsForList().leftPush(KEY, json.writeValueAsString(record));
        return record;
    }

    /** Deletes the records older than {@code cutoff} (the oldest are at the tail); returns how many. */
    int deleteBefore(java.time.Instant cutoff) {
        int deleted = 0;
        String oldest;
        while ((oldest = redis.opsForList().index(KEY, -1)) != null
                && json.readValue(oldest, AuditRecord.class).at().isBefore(cutoff)) {
            // Pops only the record just read: a record pushed meanwhile goes to the head, not the tail.
            Long popped = redis.execute(POP_IF_TAIL, java.util.List.of(KEY), oldest);
            deleted += popped == null ? 0 : popped.intValue();
        }
        return deleted;
    }

    /** KEYS: the log. ARGV: the tail record read. Pops it if it is still the tail. */
    private static final org.springframework.data.redis.core.script.RedisScript<Long> POP_IF_TAIL =
            org.springframework.data.redis.core.script.RedisScript.of(new ClassPathResource("lua/audit/pop-if-tail.lua"), Long.class);

    /** The newest records first; {@code filter} (optional) matches actor, action or subject. */
    public List<AuditRecord> recent(int limit, String filter) {
        List<String> raw = redis.opsForList().range(KEY, 0, filter == null || filter.isBlank() ? limit - 1 : 4999);
        if (raw == null) {
            return List.of();
        }
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return raw.stream().map(s -> json.readValue(s, AuditRecord.class))
                .filter(r -> f.isEmpty() || (r.actor() + " " + r.action() + " " + r.subject()).toLowerCase(Locale.ROOT).contains(f))
                .limit(limit).toList();
    }
}
