package id.sigap.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One topic as officers see it.
 *
 * @param id          the id of its first item (stable while that item is within the horizon)
 * @param label       its three heaviest words
 * @param items       items in the horizon
 * @param sentiment   their four-class mix
 * @param recent      items in the last window
 * @param recentSentiment the mix of those
 * @param expected    items a window of its baseline would hold (its usual rate)
 * @param trend       rising, falling, steady or new
 * @param projectedLow  lower end of the 90% interval for the next window's count, if the present rate holds
 * @param projectedHigh upper end of it
 * @param alert       whether it is in alert now (grew fast or turned negative)
 * @param reason      why it alerts: {@code naik-cepat}, {@code negatif}, or null
 * @param coordinated whether some of its items are part of possible coordinated activity
 * @param examples    up to three of its items, negative ones first
 * @param areas       area codes its items name
 * @param lastSeen    its newest item
 */
record TopicSummary(String id, String label, int items, SentimentCounts sentiment, int recent,
                           SentimentCounts recentSentiment, double expected, Trend trend, int projectedLow,
                           int projectedHigh, boolean alert, String reason, boolean coordinated,
                           List<MonitoredItem> examples, List<String> areas, Instant lastSeen) {

    /** Where a topic is heading, by its last window against its baseline. */
    public enum Trend {
        NAIK("naik"), TURUN("turun"), STABIL("stabil"), BARU("baru");

        private final String label;

        Trend(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
