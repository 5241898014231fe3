package id.sigap.broadcast;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Official updates pushed to subscribers ({@code sigap.broadcast.*}).
 *
 * @param areas              the areas citizens may subscribe to ({@code SIGAP_BROADCAST_AREAS}, comma-separated names)
 * @param senders            parallel Bot API calls per instance while a broadcast runs
 * @param allowPaidBroadcast send with Telegram's {@code allow_paid_broadcast} (charged in Stars; above the free 30/s)
 * @param paidPerSecond      overall broadcast rate when paid broadcast is on (Telegram allows up to 1000)
 * @param attempts           tries of one message on 5xx or network errors before it counts as failed
 * @param context            how long after delivery a short reply is read as a follow-up of the update
 * @param approverUserIds    Telegram user ids allowed to send an urgent update from the staff group
 * @param interruptedAfter   a message being sent by an instance that stopped answering for this long is given
 *                           up as "interrupted" (never sent twice)
 */
@ConfigurationProperties("sigap.broadcast")
public record BroadcastSettings(List<String> areas, int senders, boolean allowPaidBroadcast, double paidPerSecond,
                                int attempts, Duration context, List<Long> approverUserIds, Duration interruptedAfter) {

    static final List<String> SAMPLE_AREAS = List.of("Kota Sangkara", "Kota Batu Sari", "Kabupaten Lembah Hijau",
            "Kabupaten Pesisir Barat");

    public BroadcastSettings {
        areas = areas == null || areas.stream().allMatch(String::isBlank) ? SAMPLE_AREAS
                : areas.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        senders = senders <= 0 ? 4 : Math.min(senders, 64);
        paidPerSecond = paidPerSecond <= 0 ? 1000 : paidPerSecond;
        attempts = attempts <= 0 ? 5 : attempts;
        context = context == null ? Duration.ofHours(24) : context;
        approverUserIds = approverUserIds == null ? List.of() : List.copyOf(approverUserIds);
        interruptedAfter = interruptedAfter == null ? Duration.ofMinutes(2) : interruptedAfter;
    }

    public boolean isApprover(Long telegramUserId) {
        return telegramUserId != null && approverUserIds.contains(telegramUserId);
    }
}
