package id.sigap.handoff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Deletes closed handoffs (with the chat id, the citizen's and the staff member's names and the log) once
 * they were closed longer ago than {@code sigap.handoff.retention}: at start-up and every night.
 */
@Component
class HandoffRetention {

    private static final Logger log = LoggerFactory.getLogger(HandoffRetention.class);

    private final HandoffService handoffs;
    private final HandoffSettings settings;

    HandoffRetention(HandoffService handoffs, HandoffSettings settings) {
        this.handoffs = handoffs;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        purge();
    }

    @Scheduled(cron = "0 25 3 * * *", zone = "${sigap.handoff.zone:${sigap.zone:Asia/Jakarta}}")
    void purge() {
        try {
            purge(handoffs.now());
        } catch (RuntimeException e) {
            log.error("Handoff retention failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Deletes what was closed before {@code now - retention}; returns how many handoffs. */
    int purge(Instant now) {
        int erased = handoffs.eraseClosedBefore(now.minus(settings.retention()));
        if (erased > 0) {
            log.info("Handoff retention deleted {} closed handoff(s) older than {}", erased, settings.retention());
        }
        return erased;
    }
}
