package id.sigap.conversation;

/**
 * Published when a citizen asks (with {@code /hapus}) that everything Sigap keeps about their chat be
 * deleted. Each feature that stores per-chat data listens and deletes its part.
 */
public record ChatDataDeletionRequested(String channel, long chatId) {
}
