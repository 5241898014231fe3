package id.sigap.monitoring;

import java.time.Instant;

/**
 * One post as a source delivered it, before redaction, classification and deduplication.
 *
 * @param kind   feed, channel or group
 * @param source a stable name of the source: the feed URL, or a pseudonym of the channel or group
 * @param time   when it was published (or received)
 * @param link   its address, or null
 * @param text   its text (title and summary for news), not yet redacted
 * @param author a pseudonym of the account that posted it, or null (news)
 */
record CollectedPost(SourceKind kind, String source, Instant time, String link, String text, String author) {

    CollectedPost {
        text = text == null ? "" : text;
    }
}
