package id.sigap.conversation;

import java.time.Instant;

/**
 * A citizen pressed 👍 or 👎 under an answer.
 *
 * @param channel  the citizen's channel
 * @param chatId   the citizen's chat
 * @param entryId  the knowledge-base entry the answer came from, when any
 * @param helpful  true for 👍
 * @param at       when
 */
public record FeedbackGiven(String channel, long chatId, String entryId, boolean helpful, Instant at) {
}
