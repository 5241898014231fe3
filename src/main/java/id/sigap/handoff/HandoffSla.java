package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
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
 * handoff, even with several Sigap instances (a flag set atomically in Redis). The reminders of one
 * interval go out as one digest message in the staff group (one per interval over all instances), so a
 * crowd of waiting conversations cannot fill the group's send budget ahead of a new emergency. Trials
 * from the web simulator are never reminded.
 */
@Component
class HandoffSla {

    private static final Logger log = LoggerFactory.getLogger(HandoffSla.class);
    /** Longest list of conversations in one digest; the rest are counted. */
    static final int DIGEST_LINES = 20;

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
        StaffChannel staff = staffChannel.getIfAvailable();
        if (staff == null) {
            return;
        }
        HandoffSettings settings = handoffs.settings();
        List<Handoff> due = handoffs.waiting().stream().filter(h -> !HandoffService.trial(h))
                .filter(h -> reminderDue(h, now, settings)).toList();
        if (due.isEmpty() || !handoffs.store().takeDigestSlot(now, settings.digestInterval())) {
            return;
        }
        List<Handoff> reannounced = new ArrayList<>();
        List<Handoff> escalated = new ArrayList<>();
        for (Handoff h : due) {
            boolean emergency = h.priority() == Priority.EMERGENCY;
            Duration reannounce = emergency ? settings.emergencyReannounceAfter() : settings.reannounceAfter();
            Duration escalate = emergency ? settings.emergencyEscalateAfter() : settings.escalateAfter();
            if (age(h, now).compareTo(reannounce) >= 0 && handoffs.store().flagOnce(h.id(), "reannounced")) {
                reannounced.add(h);
                handoffs.publish(h, HandoffEvent.Type.REANNOUNCED, null, null, null);
            }
            if (age(h, now).compareTo(escalate) >= 0 && handoffs.store().flagOnce(h.id(), "escalated")) {
                escalated.add(h);
            }
        }
        if (reannounced.isEmpty() && escalated.isEmpty()) {
            return;
        }
        String text = HandoffTexts.slaDigest(reannounced, escalated, h -> age(h, now).toMinutes(),
                settings.headOfOffice(), DIGEST_LINES);
        handoffs.deliver(List.of(Reply.text(text).routed(Routing.to(staff.staffChatId(), null, null, null))));
    }

    private static Duration age(Handoff h, Instant now) {
        return Duration.between(h.createdAt(), now);
    }

    /** A reminder or an escalation is due and not yet given (so a digest slot is taken only when needed). */
    private boolean reminderDue(Handoff h, Instant now, HandoffSettings settings) {
        boolean emergency = h.priority() == Priority.EMERGENCY;
        Duration age = age(h, now);
        Duration reannounce = emergency ? settings.emergencyReannounceAfter() : settings.reannounceAfter();
        Duration escalate = emergency ? settings.emergencyEscalateAfter() : settings.escalateAfter();
        return age.compareTo(reannounce) >= 0 && !handoffs.store().flagged(h.id(), "reannounced")
                || age.compareTo(escalate) >= 0 && !handoffs.store().flagged(h.id(), "escalated");
    }
}
