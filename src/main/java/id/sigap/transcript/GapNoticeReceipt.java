package id.sigap.transcript;

import java.time.Instant;
import java.util.Map;

/**
 * A notice telling a gap's askers its approved answer, started or finished, as the transcripts record it for the
 * report. Published by the module that sends the notices ({@code gaps}); recorded here like a broadcast's start and
 * end. It names no citizen: only the entry, who approved, and the receipt counts.
 *
 * @param notice     the notice's id (its origin in {@code gaps})
 * @param event      {@code STARTED} or {@code FINISHED}
 * @param entryId    the entry whose answer the askers are told
 * @param title      the entry's title when approved
 * @param approver   the console user who approved and chose to notify
 * @param counts     outcome → askers ({@code targeted}, {@code sent}, {@code blocked}, {@code skipped:<reason>},
 *                   {@code failed:<reason>})
 * @param at         when it started or finished
 */
public record GapNoticeReceipt(String notice, String event, String entryId, String title, String approver,
                               Map<String, Long> counts, Instant at) {

    public static final String STARTED = "STARTED";
    public static final String FINISHED = "FINISHED";

    public GapNoticeReceipt {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
}
