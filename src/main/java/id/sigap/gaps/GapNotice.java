package id.sigap.gaps;

import java.time.Instant;
import java.util.Map;

/**
 * The askers of a gap being told (or told) its approved answer.
 *
 * @param origin     the draft's origin
 * @param approver   who approved and chose to notify
 * @param approvedAt when (the window of askers counts back from here)
 * @param version    the published version
 * @param title      the entry's title when approved
 * @param done       every asker has been dealt with
 * @param receipt    outcome per asker: {@code sent}, {@code blocked}, {@code skipped:<reason>}, {@code failed:<reason>}
 */
public record GapNotice(GapOrigin origin, String approver, Instant approvedAt, int version, String title, boolean done,
                        Map<String, Long> receipt) {

    public GapNotice {
        receipt = receipt == null ? Map.of() : Map.copyOf(receipt);
    }

    public GapNotice withReceipt(boolean finished, Map<String, Long> counts) {
        return new GapNotice(origin, approver, approvedAt, version, title, finished, counts);
    }

    public long count(String outcome) {
        return receipt.getOrDefault(outcome, 0L);
    }

    /** Askers not dealt with yet. */
    public long pending() {
        return receipt.getOrDefault("targeted", 0L) - receipt.entrySet().stream()
                .filter(e -> !e.getKey().equals("targeted")).mapToLong(Map.Entry::getValue).sum();
    }
}
