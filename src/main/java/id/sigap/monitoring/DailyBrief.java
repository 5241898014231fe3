package id.sigap.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The brief for the head of office over one period (a day, or the last 24 hours in the console).
 *
 * @param day          the day it is about (office time zone)
 * @param from         start of the period
 * @param to           end of the period
 * @param generatedAt  when it was made
 * @param items        items in the period
 * @param sentiment    their mix
 * @param negativeShareBefore share of negatif + berpotensi negatif in the period before, of equal length
 * @param topIssues    the most active topics, alerts first
 * @param grew         topics that rose against their week
 * @param byArea       the mix by area
 * @param bySource     the mix by source
 * @param askedMost    what citizens asked the bot most
 * @param openHandoffs conversations waiting for or held by staff now
 * @param oldestWaitingMinutes age of the oldest waiting handoff, or -1
 * @param actions      suggested actions, each linked to entries or to a new entry
 * @param coordination possible coordinated activity now
 * @param brokenFeeds  feeds whose last attempt failed, with the reason
 */
record DailyBrief(LocalDate day, Instant from, Instant to, Instant generatedAt, int items, SentimentCounts sentiment,
                         double negativeShareBefore, List<TopicSummary> topIssues, List<TopicSummary> grew,
                         List<SentimentMap.Row> byArea, List<SentimentMap.Row> bySource, List<AskedQuestions.Asked> askedMost,
                         int openHandoffs, long oldestWaitingMinutes, List<Action> actions,
                         List<CoordinationFlag> coordination, List<FeedStatus> brokenFeeds) {

    /**
     * A suggested action about a topic, with the approved entries it can lean on and the drafts in progress
     * that speak of it (each {@code id}, {@code title}; both open in the console at {@code /konsol/kb/<id>}).
     */
    public record Action(String topic, String advice, List<Entry> entries, List<Entry> drafts) {
    }

    /** A knowledge-base entry to link to. */
    public record Entry(String id, String title) {
    }

    /** The change of the negative share against the period before, in percentage points. */
    public long negativeShareChangePoints() {
        return Math.round((sentiment.negativeShare() - negativeShareBefore) * 100);
    }

    public long negativeSharePercent() {
        return Math.round(sentiment.negativeShare() * 100);
    }
}
