package id.sigap.transcript;

import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import id.sigap.handoff.StaffChannel;
import id.sigap.texts.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Posts issue-monitoring alerts (a spike of negative messages or of one unanswered topic, or a new knowledge gap
 * several citizens asked) to the staff group.
 */
@Component
class IssueAlertPoster {

    private static final Logger log = LoggerFactory.getLogger(IssueAlertPoster.class);

    private final ObjectProvider<StaffChannel> staffChannel;

    IssueAlertPoster(ObjectProvider<StaffChannel> staffChannel) {
        this.staffChannel = staffChannel;
    }

    @EventListener
    void post(IssueAlert alert) {
        StaffChannel staff = staffChannel.getIfAvailable();
        if (staff == null) {
            log.info("Issue alert (no staff group to post to): {}", alert.summary());
            return;
        }
        if (IssueAlert.GAP.equals(alert.kind())) {
            staff.post(List.of(new Reply(Texts.officer("monitor.gap-alert-title"), alert.summary(), null, List.of())
                    .routed(Routing.to(staff.staffChatId(), null, null, null))));
            return;
        }
        String title = Texts.officer(IssueAlert.SENTIMENT.equals(alert.kind()) ? "monitor.alert-title-sentiment"
                : "monitor.alert-title-topic");
        staff.post(List.of(new Reply(title, alert.summary() + "\n\n" + String.format(java.util.Locale.ROOT,
                Texts.officer("monitor.alert-count"), alert.count(), alert.ratio()), null, List.of())
                .routed(Routing.to(staff.staffChatId(), null, null, null))));
    }
}
