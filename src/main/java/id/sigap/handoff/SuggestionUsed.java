package id.sigap.handoff;

import java.time.Instant;

/**
 * Staff sent a suggested knowledge-base entry to the citizen ("Pakai saran N"), in the staff group or
 * the console: a sign that the citizen's question is another way of asking that entry.
 *
 * @param handoffId the handoff
 * @param channel   the citizen's channel
 * @param chatId    the citizen's chat
 * @param entryId   the entry sent
 * @param question  the citizen's last message in the handoff's log, already redacted; null when there is none
 * @param at        when
 */
public record SuggestionUsed(String handoffId, String channel, long chatId, String entryId, String question, Instant at) {
}
