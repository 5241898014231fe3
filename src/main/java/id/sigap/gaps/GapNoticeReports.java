package id.sigap.gaps;

import id.sigap.transcript.GapNoticeReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Hands the notices' receipts to the transcripts, for the report: a {@code STARTED} record when an approver chose
 * to notify, and a {@code FINISHED} record with the final counts once every asker was dealt with. A finished
 * notice is recorded once across all instances ({@code sigap:gaps:reported:<origin>}, set by whichever instance
 * sees it first), a little after it finished ({@code sigap.gaps.receipt-check}, 30 s).
 */
@Component
class GapNoticeReports {

    static final String REPORTED = "sigap:gaps:reported:";
    private static final Logger log = LoggerFactory.getLogger(GapNoticeReports.class);
    private static final int RECENT = 100;
    private static final Duration KEPT = Duration.ofDays(365);

    private final GapStore store;
    private final StringRedisTemplate redis;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GapNoticeReports(GapStore store, StringRedisTemplate redis, ApplicationEventPublisher events,
                     ObjectProvider<Clock> clock) {
        this.store = store;
        this.redis = redis;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    void started(GapNotice notice) {
        events.publishEvent(receipt(notice, GapNoticeReceipt.STARTED, notice.approvedAt()));
    }

    /** Records the notices that finished since the last look (each once, whichever instance looks first). */
    @Scheduled(fixedDelayString = "${sigap.gaps.receipt-check:PT30S}", initialDelayString = "${sigap.gaps.receipt-check:PT30S}")
    void recordFinished() {
        try {
            for (GapNotice notice : store.notices(RECENT)) {
                if (notice.done() && Boolean.TRUE.equals(redis.opsForValue()
                        .setIfAbsent(REPORTED + notice.origin().id(), "1", KEPT))) {
                    events.publishEvent(receipt(notice, GapNoticeReceipt.FINISHED, clock.instant()));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Gap notice receipts not recorded yet: {}", e.toString());
        }
    }

    private static GapNoticeReceipt receipt(GapNotice n, String event, java.time.Instant at) {
        return new GapNoticeReceipt(n.origin().id(), event, n.origin().entryId(), n.title(), n.approver(), n.receipt(), at);
    }
}
