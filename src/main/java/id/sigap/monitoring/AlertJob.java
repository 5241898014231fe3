package id.sigap.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Checks the topics for alerts every few minutes in the running service. */
@Component
@Profile("!cli")
class AlertJob {

    private static final Logger log = LoggerFactory.getLogger(AlertJob.class);

    private final MonitoringService monitoring;

    AlertJob(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Scheduled(fixedDelayString = "${sigap.monitoring.alert-check:PT5M}", initialDelayString = "PT1M")
    void check() {
        try {
            monitoring.raiseAlerts(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Monitoring alert check skipped: {}", e.toString());
        }
    }
}
