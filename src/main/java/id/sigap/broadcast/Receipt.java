package id.sigap.broadcast;

import java.util.Map;

/**
 * What became of a broadcast's recipients so far.
 *
 * @param targeted     subscribers of its areas when sending began
 * @param sent         accepted by Telegram
 * @param blocked      the citizen had blocked the bot (HTTP 403); they are unsubscribed
 * @param failed       refused or undeliverable, by reason (e.g. {@code chat-not-found}, {@code server-error})
 * @param unsubscribed left the list after sending began, so not sent
 * @param expired      not sent because the update expired first
 * @param stopped      not sent because an approver stopped the broadcast
 * @param interrupted  an instance died while sending to them; not sent again (it may have arrived)
 * @param pending      still to go, or being sent now
 */
public record Receipt(long targeted, long sent, long blocked, Map<String, Long> failed, long unsubscribed,
                      long expired, long stopped, long interrupted, long pending) {

    public Receipt {
        failed = Map.copyOf(failed);
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Recipients not sent to on purpose or by accident: unsubscribed meanwhile, expired, stopped, interrupted. */
    public long notSent() {
        return unsubscribed + expired + stopped + interrupted;
    }

    /** Recipients dealt with, one way or another. */
    public long settled() {
        return sent + blocked + failedTotal() + notSent();
    }

    /** Share of targeted recipients dealt with, 0–100. */
    public int percentDone() {
        return targeted == 0 ? 100 : (int) Math.min(100, settled() * 100 / targeted);
    }

    /** The receipt whose {@link #asMap()} this is (absent counts are 0). */
    public static Receipt of(Map<String, Long> counts) {
        Map<String, Long> failed = new java.util.TreeMap<>();
        counts.forEach((key, n) -> {
            if (key.startsWith("failed:")) {
                failed.put(key.substring("failed:".length()), n);
            }
        });
        return new Receipt(counts.getOrDefault("targeted", 0L), counts.getOrDefault("sent", 0L),
                counts.getOrDefault("blocked", 0L), failed, counts.getOrDefault("unsubscribed", 0L),
                counts.getOrDefault("expired", 0L), counts.getOrDefault("stopped", 0L),
                counts.getOrDefault("interrupted", 0L), counts.getOrDefault("pending", 0L));
    }

    /** Counts keyed as in the transcript and report. */
    public Map<String, Long> asMap() {
        java.util.LinkedHashMap<String, Long> map = new java.util.LinkedHashMap<>();
        map.put("targeted", targeted);
        map.put("sent", sent);
        map.put("blocked", blocked);
        failed.forEach((reason, n) -> map.put("failed:" + reason, n));
        map.put("unsubscribed", unsubscribed);
        map.put("expired", expired);
        map.put("stopped", stopped);
        map.put("interrupted", interrupted);
        map.put("pending", pending);
        return map;
    }
}
