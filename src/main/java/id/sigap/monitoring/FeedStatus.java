package id.sigap.monitoring;

import java.time.Instant;

/**
 * What Sigap knows about one configured feed: its validators for the next conditional GET, its last
 * success and last error (shown to officers), and when it may be asked again.
 *
 * @param url          the feed's address as configured
 * @param etag         the ETag of the last answer, or null
 * @param lastModified the Last-Modified of the last answer, or null
 * @param lastSuccess  when it last answered with a readable feed or "not modified", or null
 * @param lastError    the last problem in one Indonesian line, or null when the last attempt worked
 * @param lastErrorAt  when that happened
 * @param failures     failures in a row (sets the backoff)
 * @param nextAttempt  not asked before this time
 * @param newItems     new items found at the last successful read
 */
record FeedStatus(String url, String etag, String lastModified, Instant lastSuccess, String lastError,
                         Instant lastErrorAt, int failures, Instant nextAttempt, int newItems) {

    static FeedStatus fresh(String url) {
        return new FeedStatus(url, null, null, null, null, null, 0, Instant.EPOCH, 0);
    }

    /** Whether the feed works now (its last attempt succeeded). */
    public boolean healthy() {
        return lastError == null && lastSuccess != null;
    }
}
