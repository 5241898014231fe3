package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;

import java.time.Instant;
import java.util.List;

/**
 * One conversation handed to humas staff.
 *
 * @param id           short id shown to staff (e.g. {@code H1A})
 * @param channel      the citizen's channel
 * @param chatId       the citizen's chat
 * @param citizenName  the citizen's first name, when known
 * @param reasons      why it was handed off
 * @param priority     emergency first
 * @param state        where it stands
 * @param sentiment    the citizen's sentiment when it was opened
 * @param suggestions  knowledge-base entry ids offered to staff as answers
 * @param createdAt    opened
 * @param claimedAt    claimed by staff, or null
 * @param closedAt     resolved or returned, or null
 * @param staffUserId  who holds it, or null
 * @param staffName    their name
 * @param threadId     forum topic in the staff group, or null
 * @param cardMessageId the staff card's message id, or null
 * @param rating       the citizen's 1–5 rating, or null
 */
public record Handoff(String id, String channel, long chatId, String citizenName, List<Reason> reasons,
                      Priority priority, HandoffState state, String sentiment, List<String> suggestions,
                      Instant createdAt, Instant claimedAt, Instant closedAt, Long staffUserId, String staffName,
                      Long threadId, Long cardMessageId, Integer rating) {

    public Handoff {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** Why it was handed off, in the officers' words. */
    public List<String> reasonLabels() {
        return reasons.stream().map(Reason::label).distinct().toList();
    }
}
