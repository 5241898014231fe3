package id.sigap.monitoring;

import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import id.sigap.handoff.StaffChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.Locale;

/** Posts monitoring alerts to the staff group (through its outbox), with examples and the nearest entries. */
final class MonitoringAlertPoster {

    private static final Logger log = LoggerFactory.getLogger(MonitoringAlertPoster.class);

    private final ObjectProvider<StaffChannel> staff;

    MonitoringAlertPoster(ObjectProvider<StaffChannel> staff) {
        this.staff = staff;
    }

    @EventListener
    void post(MonitoringAlert alert) {
        StaffChannel channel = staff.getIfAvailable();
        if (channel == null) {
            log.info("Monitoring alert (no staff group to post to): {}", alert.topic().label());
            return;
        }
        channel.post(List.of(render(alert).routed(Routing.to(channel.staffChatId(), null, null, null))));
    }

    static Reply render(MonitoringAlert alert) {
        TopicSummary t = alert.topic();
        String title = ("negatif".equals(t.reason()) ? MonitoringTexts.ALERT_TITLE_NEGATIVE : MonitoringTexts.ALERT_TITLE_GROWTH)
                .formatted(t.label());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, MonitoringTexts.ALERT_BODY, t.recent(),
                hours(alert), t.expected(), Math.round(t.recentSentiment().negativeShare() * 100), hours(alert),
                t.projectedLow(), t.projectedHigh()));
        text.append("\n\n").append(MonitoringTexts.ALERT_EXAMPLES);
        for (MonitoredItem example : t.examples()) {
            text.append("\n• ").append(ItemIntake.cut(example.text(), 220)).append(" (").append(example.kind().label())
                    .append(example.link() == null ? "" : ", " + example.link()).append(")");
        }
        text.append("\n\n");
        if (alert.entries().isEmpty()) {
            text.append(MonitoringTexts.ALERT_NO_ENTRY);
        } else {
            text.append(MonitoringTexts.ALERT_ENTRIES);
            alert.entries().forEach(e -> text.append("\n• ").append(e));
        }
        if (t.coordinated()) {
            text.append("\n\n").append(MonitoringTexts.ALERT_COORDINATED.formatted("lihat konsol /konsol/pantauan"));
        }
        return new Reply(title, text.toString(), null, List.of());
    }

    private static String hours(MonitoringAlert alert) {
        long minutes = alert.window().toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " jam" : minutes + " menit";
    }
}
