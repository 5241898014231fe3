package id.sigap.conversation;

import java.time.Instant;

/**
 * Published after every message the pipeline handled, whatever the channel: the transcript feature
 * records it, metrics count it. Listeners must not fail the turn.
 *
 * @param message      what came in (not yet redacted: listeners that store it must redact)
 * @param result       what the bot decided and replied
 * @param completedAt  when the pipeline finished
 * @param latencyMicros time spent in the pipeline
 */
public record TurnCompleted(IncomingMessage message, ConversationResult result, Instant completedAt, long latencyMicros) {
}
