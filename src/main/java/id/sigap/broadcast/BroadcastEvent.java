package id.sigap.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Published when a broadcast starts sending and when it is finished (for transcripts and the report).
 *
 * @param id     the broadcast
 * @param type   {@code STARTED} or {@code FINISHED}
 * @param time   when
 * @param areas  target area codes
 * @param text   the update's text
 * @param urgent sent from the staff group by one approver
 * @param counts receipt counts at that moment ({@link Receipt#asMap()})
 */
public record BroadcastEvent(String id, String type, Instant time, List<String> areas, String text, boolean urgent,
                             Map<String, Long> counts) {

    public static final String STARTED = "STARTED";
    public static final String FINISHED = "FINISHED";
}
