package id.sigap.broadcast;

import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import id.sigap.handoff.StaffChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Tells the staff group how an update went once it is finished: sent, blocked, failed, not sent. */
@Component
class BroadcastReceiptPoster {

    private static final Logger log = LoggerFactory.getLogger(BroadcastReceiptPoster.class);

    private final ObjectProvider<StaffChannel> staff;

    BroadcastReceiptPoster(ObjectProvider<StaffChannel> staff) {
        this.staff = staff;
    }

    @EventListener
    void finished(BroadcastEvent event) {
        StaffChannel channel = staff.getIfAvailable();
        if (channel == null || !BroadcastEvent.FINISHED.equals(event.type())) {
            return;
        }
        Map<String, Long> n = event.counts();
        long failed = n.entrySet().stream().filter(e -> e.getKey().startsWith("failed:")).mapToLong(Map.Entry::getValue).sum();
        long notSent = n.getOrDefault("unsubscribed", 0L) + n.getOrDefault("expired", 0L) + n.getOrDefault("stopped", 0L)
                + n.getOrDefault("interrupted", 0L);
        String text = "Siaran " + event.id() + " selesai: " + n.getOrDefault("sent", 0L) + " dari "
                + n.getOrDefault("targeted", 0L) + " pelanggan menerima kabar; " + n.getOrDefault("blocked", 0L)
                + " memblokir bot (berhenti berlangganan otomatis), " + failed + " gagal, " + notSent + " tidak dikirim.";
        try {
            channel.post(List.of(new Reply("📢 Tanda terima siaran", text, null, List.of())
                    .routed(Routing.to(channel.staffChatId(), null, null, null))));
        } catch (RuntimeException e) {
            log.warn("Could not post the receipt of broadcast {} to the staff group: {}", event.id(), e.toString());
        }
    }
}
