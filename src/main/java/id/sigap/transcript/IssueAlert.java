package id.sigap.transcript;

import java.time.Instant;

/**
 * Published when the {@link IssueMonitor} sees a sudden rise: the Telegram/handoff side posts it to the
 * staff group. Its text is already redacted.
 *
 * @param kind    {@code sentiment} (a rise of negatif / berpotensi negatif messages), {@code topic}
 *                (a rise of one question the bot could not answer) or {@code gap} (a new knowledge gap that
 *                several citizens asked within a short time; the summary links to its row on /konsol/celah)
 * @param summary one Indonesian sentence for the staff group
 * @param count   messages in the window (for {@code gap}: distinct citizens in the window)
 * @param ratio   the count divided by what the baseline leads one to expect (0 for {@code gap}: a new gap has none)
 * @param at      when the monitor fired
 */
public record IssueAlert(String kind, String summary, int count, double ratio, Instant at) {

    public static final String SENTIMENT = "sentiment";
    public static final String TOPIC = "topic";
    public static final String GAP = "gap";
}
