package id.sigap.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the due feeds every minute in the running service (each feed itself is asked only at its interval). */
@Component
@Profile("!cli")
class FeedPollingJob {

    private static final Logger log = LoggerFactory.getLogger(FeedPollingJob.class);

    private final FeedPoller poller;

    FeedPollingJob(FeedPoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelayString = "${sigap.monitoring.poll-check:PT1M}", initialDelayString = "PT20S")
    void poll() {
        try {
            FeedPoller.Round round = poller.poll(false);
            if (round.feedsAsked() > 0) {
                log.info("Monitoring feeds: {} asked, {} failed, {} new items", round.feedsAsked(), round.feedsFailed(), round.newItems());
            }
        } catch (RuntimeException e) {
            log.warn("Feed polling skipped: {}", e.toString());
        }
    }
}
