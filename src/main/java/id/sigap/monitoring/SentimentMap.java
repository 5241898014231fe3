package id.sigap.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The four-class mix of monitored items by source, by area and by day, and the share of negatif +
 * berpotensi negatif in the last 24 hours against the 24 hours before.
 *
 * @param bySource          one row per source (feed URL, channel or group pseudonym)
 * @param byArea            one row per area code; items naming no area under "tanpa wilayah"
 * @param byDay             one row per day (office time zone), oldest first
 * @param negativeShareNow  share in the last 24 hours
 * @param negativeShareBefore share in the 24 hours before
 */
record SentimentMap(List<Row> bySource, List<Row> byArea, List<DayRow> byDay, double negativeShareNow,
                           double negativeShareBefore) {

    /** A named row. */
    public record Row(String name, SentimentCounts counts) {
    }

    /** A day's row. */
    public record DayRow(LocalDate day, SentimentCounts counts) {
    }

    /** The change of the negative share, in percentage points. */
    public double negativeShareChange() {
        return (negativeShareNow - negativeShareBefore) * 100;
    }
}
