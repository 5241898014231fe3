package id.sigap.handoff;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a handoff, published for the transcript and metrics.
 *
 * @param handoffId id of the handoff
 * @param channel   the citizen's channel
 * @param chatId    the citizen's chat
 * @param type      what happened
 * @param staffUserId the staff member who acted, when any
 * @param text      the staff reply text (STAFF_REPLY) or the citizen's relayed text (CITIZEN_RELAYED); not redacted
 * @param reasons   why the handoff exists, as {@link id.sigap.conversation.Reason} keys (low-confidence,
 *                  unanswerable, negative-sentiment, emergency, asked-for-human, hostile, sensitive, ...)
 * @param priority  NORMAL, HIGH or EMERGENCY
 * @param rating    satisfaction 1–5 (RATED)
 * @param at        when it happened
 */
public record HandoffEvent(String handoffId, String channel, long chatId, Type type, Long staffUserId, String text,
                           List<String> reasons, String priority, Integer rating, Instant at) {

    public HandoffEvent {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public enum Type { REQUESTED, CLAIMED, STAFF_REPLY, CITIZEN_RELAYED, RESOLVED, RETURNED, RATED, REANNOUNCED }
}
