package id.sigap.transcript;

import id.sigap.texts.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Points the issue alert at a knowledge gap that is new and growing fast: a gap ({@link KnowledgeGaps}, the same
 * clusters as the console's "Celah pengetahuan", read from the shared streams) first seen recently that several
 * distinct citizens asked within a short window. The alert names the gap, its citizens and an example, and links
 * to its row on {@code /konsol/celah}. One alert per gap across all instances (a Redis claim kept while the gap
 * counts as new), so a gap that keeps growing does not alert every minute, and two instances do not both post it.
 */
@Component
class GapSpikeMonitor {

    static final String CLAIM = "sigap:monitor:gap-alert:";
    private static final Logger log = LoggerFactory.getLogger(GapSpikeMonitor.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM HH:mm", Locale.ROOT);

    private final KnowledgeGaps gaps;
    private final GapSpikeSettings settings;
    private final MonitorSettings monitor;
    private final StringRedisTemplate redis;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    @Autowired
    GapSpikeMonitor(KnowledgeGaps gaps, GapSpikeSettings settings, MonitorSettings monitor, StringRedisTemplate redis,
                    ApplicationEventPublisher events, TranscriptSettings transcript, ObjectProvider<Clock> clock) {
        this(gaps, settings, monitor, redis, events, clock.getIfAvailable(Clock::systemUTC), transcript.zone());
    }

    GapSpikeMonitor(KnowledgeGaps gaps, GapSpikeSettings settings, MonitorSettings monitor, StringRedisTemplate redis,
                    ApplicationEventPublisher events, Clock clock, ZoneId zone) {
        this.gaps = gaps;
        this.settings = settings;
        this.monitor = monitor;
        this.redis = redis;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(fixedDelayString = "${sigap.monitor.check-interval:PT1M}", initialDelayString = "${sigap.monitor.check-interval:PT1M}")
    void scheduledCheck() {
        if (!monitor.enabled() || !settings.enabled()) {
            return;
        }
        try {
            check().forEach(alert -> {
                log.warn("Issue alert ({}): {}", alert.kind(), alert.summary());
                events.publishEvent(alert);
            });
        } catch (RuntimeException e) {
            log.warn("Knowledge-gap spike check skipped: {}", e.toString());
        }
    }

    /** The alerts due now: new gaps with enough distinct citizens in the window, each claimed once. */
    List<IssueAlert> check() {
        Instant now = clock.instant();
        Instant since = now.minus(settings.window());
        Instant newSince = now.minus(settings.newFor());
        List<IssueAlert> alerts = new ArrayList<>();
        for (KnowledgeGaps.Spike spike : gaps.spikes(settings.days(), since)) {
            KnowledgeGaps.Gap gap = spike.gap();
            if (gap.firstSeen().isBefore(newSince) || spike.recentCitizens() < settings.minCitizens()) {
                continue;
            }
            Duration keep = settings.newFor().compareTo(monitor.cooldown()) > 0 ? settings.newFor() : monitor.cooldown();
            if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(CLAIM + gap.id(), now.toString(), keep))) {
                continue; // alerted already (by this or another instance)
            }
            String example = gap.examples().isEmpty() ? "" : IssueMonitor.shorten(gap.examples().getFirst());
            String summary = String.format(Locale.ROOT, Texts.officer("monitor.spike-gap"), spike.recentCitizens(),
                    IssueMonitor.minutes(settings.window()), example, gap.citizens(), gap.questions(),
                    SHOWN.format(gap.firstSeen().atZone(zone)), gap.id(), "/konsol/celah#" + gap.id());
            alerts.add(new IssueAlert(IssueAlert.GAP, summary, spike.recentCitizens(), 0, now));
        }
        return alerts;
    }
}
