package id.sigap.broadcast;

import id.sigap.texts.Texts;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Routing;
import id.sigap.handoff.StaffChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

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
        Receipt r = Receipt.of(event.counts());
        String text = Texts.officer("broadcast.receipt").formatted(event.id(), r.sent(), r.targeted(), r.blocked(),
                r.failedTotal(), r.notSent());
        try {
            channel.post(List.of(new Reply(Texts.officer("broadcast.receipt-title"), text, null, List.of())
                    .routed(Routing.to(channel.staffChatId(), null, null, null))));
        } catch (RuntimeException e) {
            log.warn("Could not post the receipt of broadcast {} to the staff group: {}", event.id(), e.toString());
        }
    }
}
