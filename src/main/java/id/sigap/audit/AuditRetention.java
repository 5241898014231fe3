package id.sigap.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Deletes audit records older than {@code sigap.audit.retention}: at start-up and every night. */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLog audit;
    private final AuditSettings settings;
    private final Clock clock;

    AuditRetention(AuditLog audit, AuditSettings settings, ObjectProvider<Clock> clock) {
        this.audit = audit;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        purge();
    }

    @Scheduled(cron = "0 35 3 * * *", zone = "${sigap.handoff.zone:${sigap.zone:Asia/Jakarta}}")
    void purge() {
        try {
            purge(clock.instant());
        } catch (RuntimeException e) {
            log.error("Audit retention failed: {}", e.getClass().getSimpleName());
        }
    }

    int purge(Instant now) {
        int deleted = audit.deleteBefore(now.minus(settings.retention()));
        if (deleted > 0) {
            log.info("Audit retention deleted {} record(s) older than {}", deleted, settings.retention());
        }
        return deleted;
    }
}
