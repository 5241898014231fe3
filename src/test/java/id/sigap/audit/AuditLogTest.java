package id.sigap.audit;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log against a real redis-server: personal data never stored, old records deleted. */
class AuditLogTest {

    static final TestRedis redis = TestRedis.start("audit");

    @AfterAll
    static void close() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
    }

    private static AuditLog at(Instant now) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("clock", Clock.fixed(now, ZoneOffset.UTC));
        return new AuditLog(redis.template(), beans.getBeanProvider(Clock.class));
    }

    @Test
    void aStaffReplyQuotingACitizensDataIsAuditedRedacted() {
        AuditLog audit = at(Instant.now());
        audit.record("budi", "antrean.balas", "H1", "hp 081234567890",
                "NIK 3171014506890002 dan surel warga@example.com sudah kami cek");
        AuditRecord r = audit.recent(1, null).getFirst();
        assertThat(r.after()).isEqualTo("NIK [NIK] dan surel [EMAIL] sudah kami cek");
        assertThat(r.before()).isEqualTo("hp [TELEPON]");
        assertThat(redis.template().opsForList().range(AuditLog.KEY, 0, -1))
                .allSatisfy(raw -> assertThat(raw).doesNotContain("081234567890", "3171014506890002", "warga@example.com"));
    }

    @Test
    void retentionDeletesOnlyRecordsOlderThanTheSetting() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        at(now.minus(Duration.ofDays(800))).record("admin", "akun.buat", "lama", null, null);
        at(now.minus(Duration.ofDays(731))).record("admin", "akun.buat", "agak-lama", null, null);
        at(now.minus(Duration.ofDays(10))).record("admin", "akun.buat", "baru", null, null);
        AuditLog audit = at(now);
        AuditRetention retention = new AuditRetention(audit, new AuditSettings(null), new DefaultListableBeanFactory()
                .getBeanProvider(Clock.class));
        assertThat(retention.purge(now)).isEqualTo(2);
        assertThat(audit.recent(10, null)).extracting(AuditRecord::subject).isEqualTo(List.of("baru"));
        assertThat(retention.purge(now)).isZero();
    }
}
