package id.sigap.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The console's audit log: who changed what, when, with the state before and after. Kept in Redis
 * (list {@code sigap:console:audit}, newest first), never trimmed by Sigap: it is the office's record.
 */
@Service
public class AuditLog {

    static final String KEY = "sigap:console:audit";

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuditLog(StringRedisTemplate redis, ObjectProvider<Clock> clock) {
        this.redis = redis;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public AuditRecord record(String actor, String action, String subject, String before, String after) {
        AuditRecord record = new AuditRecord(clock.instant(), actor, action, subject, before, after);
        redis.opsForList().leftPush(KEY, json.writeValueAsString(record));
        return record;
    }

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
