package id.sigap.handoff;

import id.sigap.conversation.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps unclaimed handoffs from being forgotten: announces them again after a delay (shorter for
 * emergencies) and mentions the head of office after a second one. Each step happens once per
 * handoff, even with several Sigap instances (a flag set atomically in Redis).
 */
@Component
class HandoffSla {

    private static final Logger log = LoggerFactory.getLogger(HandoffSla.class);

    private final HandoffService handoffs;
    private final ObjectProvider<StaffChannel> staffChannel;

    HandoffSla(HandoffService handoffs, ObjectProvider<StaffChannel> staffChannel) {
        this.handoffs = handoffs;
        this.staffChannel = staffChannel;
    }

    @Scheduled(fixedDelayString = "${sigap.handoff.sla-check-ms:15000}", initialDelay = 5000)
    void check() {
        try {
            checkAt(handoffs.now());
        } catch (RuntimeException e) {
            log.warn("Handoff SLA check skipped: {}", e.toString());
        }
    }

    void checkAt(Instant now) {
        if (staffChannel.getIfAvailable() == null) {
            return;
        }
        HandoffSettings settings = handoffs.settings();
        for (Handoff h : handoffs.waiting()) {
            boolean emergency = h.priority() == Priority.EMERGENCY;
            Duration age = Duration.between(h.createdAt(), now);
            Duration reannounce = emergency ? settings.emergencyReannounceAfter() : settings.reannounceAfter();
            Duration escalate = emergency ? settings.emergencyEscalateAfter() : settings.escalateAfter();
            List<id.sigap.conversation.Reply> replies = new ArrayList<>();
            if (age.compareTo(reannounce) >= 0 && handoffs.store().flagOnce(h.id(), "reannounced")) {
                replies.addAll(handoffs.toStaff(h, "⏰ " + HandoffTexts.header(h) + " belum diambil sejak "
                                + age.toMinutes() + " menit. Alasan: " + HandoffTexts.reasons(h.reasons()),
                        HandoffTexts.cardButtons(h, 0), null));
                handoffs.publish(h, HandoffEvent.Type.REANNOUNCED, null, null, null);
            }
            if (age.compareTo(escalate) >= 0 && handoffs.store().flagOnce(h.id(), "escalated")) {
                replies.addAll(handoffs.toStaff(h, "📣 " + mention(settings.headOfOffice()) + HandoffTexts.header(h)
                        + " menunggu " + age.toMinutes() + " menit tanpa petugas.", List.of(), null));
            }
            handoffs.deliver(replies);
        }
    }

    private static String mention(String head) {
        if (head == null || head.isBlank()) {
            return "Kepala kantor: ";
        }
        return head.startsWith("@") ? head + " " : "Kepala kantor (" + head + "): ";
    }
}
