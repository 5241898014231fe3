package id.sigap.conversation;

/**
 * A tagged reply was accepted by the channel: tells the feature that tagged it which message id it got
 * (the handoff feature maps staff cards to handoffs this way).
 */
public record MessageDelivered(String tag, long chatId, long messageId) {
}
