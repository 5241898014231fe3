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

    /** Recipients dealt with, one way or another. */
    public long settled() {
        return sent + blocked + failedTotal() + unsubscribed + expired + stopped + interrupted;
    }

    /** Share of targeted recipients dealt with, 0–100. */
    public int percentDone() {
        return targeted == 0 ? 100 : (int) Math.min(100, settled() * 100 / targeted);
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
