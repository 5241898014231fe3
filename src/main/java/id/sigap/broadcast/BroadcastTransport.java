package id.sigap.broadcast;

import id.sigap.conversation.Reply;

/**
 * The channel that carries updates to subscribers (Telegram). It waits for its rate limits itself, with
 * replies to citizens' questions served first, and makes one attempt; the delivery loop decides what
 * to do with the outcome.
 */
public interface BroadcastTransport {

    Delivery deliver(long chatId, Reply update, boolean paid);

    /**
     * What one attempt achieved.
     *
     * @param status       the outcome
     * @param messageId    the new message's id when sent
     * @param retryAfterMs how long the channel asked everyone to wait (RETRY_AFTER)
     * @param reason       a short reason for a failure, used as a receipt category
     */
    record Delivery(Status status, Long messageId, long retryAfterMs, String reason) {

        public static Delivery sent(Long messageId) {
            return new Delivery(Status.SENT, messageId, 0, null);
        }

        public static Delivery blocked() {
            return new Delivery(Status.BLOCKED, null, 0, "blocked");
        }

        public static Delivery retryAfter(long millis) {
            return new Delivery(Status.RETRY_AFTER, null, millis, "rate-limited");
        }

        public static Delivery transientFailure(String reason) {
            return new Delivery(Status.TRANSIENT, null, 0, reason);
        }

        public static Delivery failed(String reason) {
            return new Delivery(Status.FAILED, null, 0, reason);
        }

        public enum Status {
            SENT,
            /** The citizen blocked the bot (HTTP 403): unsubscribe them. */
            BLOCKED,
            /** Telegram asked to slow down (HTTP 429). */
            RETRY_AFTER,
            /** 5xx or network: worth another try. */
            TRANSIENT,
            /** Refused for good (e.g. chat not found). */
            FAILED
        }
    }
}
