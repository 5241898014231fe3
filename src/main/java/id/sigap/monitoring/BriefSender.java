package id.sigap.monitoring;

import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import id.sigap.handoff.StaffChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Sends the short brief of the day before to the staff group each morning at the configured time
 * (office time zone), once per day across instances (a Redis claim on the date).
 */
@Component
@Profile("!cli")
class BriefSender {

    private static final Logger log = LoggerFactory.getLogger(BriefSender.class);

    private final BriefBuilder briefs;
    private final MonitoringSettings settings;
    private final ObjectProvider<StaffChannel> staff;
    private final StringRedisTemplate redis;

    BriefSender(BriefBuilder briefs, MonitoringSettings settings, ObjectProvider<StaffChannel> staff, StringRedisTemplate redis) {
        this.briefs = briefs;
        this.settings = settings;
        this.staff = staff;
        this.redis = redis;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    void tick() {
        try {
            sendIfDue(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Morning brief skipped: {}", e.toString());
        }
    }

    boolean sendIfDue(Instant now) {
        StaffChannel channel = staff.getIfAvailable();
        ZonedDateTime local = now.atZone(settings.zone());
        if (!settings.briefEnabled() || channel == null || local.toLocalTime().isBefore(settings.briefTime())) {
            return false;
        }
        LocalDate today = local.toLocalDate();
        Boolean first = redis.opsForValue().setIfAbsent(ItemStore.PREFIX + "brief-sent:" + today, "1", Duration.ofDays(3));
        if (!Boolean.TRUE.equals(first)) {
            return false;
        }
        DailyBrief brief = briefs.forDay(today.minusDays(1), now);
        channel.post(List.of(new Reply(MonitoringTexts.BRIEF_MESSAGE_TITLE.formatted(today.minusDays(1)), BriefMessage.text(brief),
                null, List.of()).routed(Routing.to(channel.staffChatId(), null, null, null))));
        return true;
    }
}
