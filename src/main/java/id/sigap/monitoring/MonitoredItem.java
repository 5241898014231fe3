package id.sigap.monitoring;

import id.sigap.sentiment.Sentiment;

import java.time.Instant;

/**
 * One item watched by issue monitoring, as stored: redacted, classified, with its area when the text
 * names one.
 *
 * @param id         stable id (a hash of the normalised text)
 * @param kind       feed, channel or group
 * @param source     the feed URL or a pseudonym of the channel or group
 * @param time       when it was published
 * @param link       its address, or null
 * @param text       redacted text, cut at the configured length
 * @param area       the area code it names, or null
 * @param sentiment  one of the four classes
 * @param confidence the classifier's confidence; 0 when the text is not Indonesian (not classified)
 * @param indonesian whether the text reads as Indonesian; other languages are kept but not classified or grouped
 * @param author     pseudonym of the posting account, or null
 */
record MonitoredItem(String id, SourceKind kind, String source, Instant time, String link, String text,
                            String area, Sentiment sentiment, double confidence, boolean indonesian, String author) {
}
