package id.sigap.transcript;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deletes transcript days older than {@code sigap.transcript.retention-days}, in Redis and on disk:
 * at start-up and every night.
 */
@Component
class TranscriptRetention {

    private static final Logger log = LoggerFactory.getLogger(TranscriptRetention.class);

    private final TranscriptStore store;
    private final int retentionDays;
    private final ZoneId zone;

    TranscriptRetention(TranscriptStore store, TranscriptSettings settings) {
        this.store = store;
        this.retentionDays = settings.retentionDays();
        this.zone = settings.zone();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        purge();
    }

    @Scheduled(cron = "0 15 3 * * *", zone = "${sigap.transcript.zone:${sigap.zone:Asia/Jakarta}}")
    void purge() {
        try {
            purge(LocalDate.now(zone));
        } catch (RuntimeException e) {
            log.error("Transcript retention failed: {}", e.getMessage());
        }
    }

    /** Keeps today and the {@code retentionDays - 1} days before it; returns how many days were deleted. */
    int purge(LocalDate today) {
        LocalDate firstKept = today.minusDays(retentionDays - 1L);
        int deleted = store.deleteDaysBefore(firstKept);
        if (deleted > 0) {
            log.info("Transcript retention deleted {} day(s) before {}", deleted, firstKept);
        }
        return deleted;
    }
}
