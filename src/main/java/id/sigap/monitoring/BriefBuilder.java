package id.sigap.monitoring;

import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the {@link DailyBrief}: the topics of the period measured against the six days before it, the
 * sentiment by area and source, what citizens asked, open handoffs, and for each topic in alert (or the
 * most negative ones) advice with the nearest approved entries and the drafts in progress that speak of it.
 */
final class BriefBuilder {

    private static final Duration WEEK_BEFORE = Duration.ofDays(6);

    private final MonitoringService monitoring;
    private final AskedQuestions asked;
    private final Supplier<HandoffService> handoffs;
    private final DraftMatcher drafts;

    BriefBuilder(MonitoringService monitoring, AskedQuestions asked, Supplier<HandoffService> handoffs) {
        this(monitoring, asked, handoffs, DraftMatcher.none());
    }

    BriefBuilder(MonitoringService monitoring, AskedQuestions asked, Supplier<HandoffService> handoffs, DraftMatcher drafts) {
        this.monitoring = monitoring;
        this.asked = asked;
        this.handoffs = handoffs;
        this.drafts = drafts;
    }

    /** The brief of one calendar day (up to now when it is today). */
    DailyBrief forDay(LocalDate day, Instant now) {
        Instant from = day.atStartOfDay(monitoring.settings().zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(monitoring.settings().zone()).toInstant();
        return build(day, from, to.isAfter(now) ? now : to, now);
    }

    /** The brief of the last 24 hours (the console's live view). */
    DailyBrief last24Hours(Instant now) {
        return build(LocalDate.ofInstant(now, monitoring.settings().zone()), now.minus(Duration.ofDays(1)), now, now);
    }

    private DailyBrief build(LocalDate day, Instant from, Instant to, Instant now) {
        Duration span = Duration.between(from, to);
        Duration length = span.isZero() || span.isNegative() ? Duration.ofMinutes(1) : span;
        List<MonitoredItem> all = monitoring.items(from.minus(WEEK_BEFORE), to.plusMillis(1));
        List<MonitoredItem> period = all.stream().filter(i -> !i.time().isBefore(from) && !i.time().isAfter(to)).toList();
        List<MonitoredItem> before = all.stream().filter(i -> i.time().isBefore(from) && !i.time().isBefore(from.minus(length))).toList();
        TopicAnalysis.Rules rules = monitoring.rules().over(length, WEEK_BEFORE);
        MonitoringOverview overview = monitoring.overview(all, to, rules);
        List<TopicSummary> active = overview.topics().stream().filter(t -> t.recent() > 0).toList();
        List<TopicSummary> top = active.stream().limit(8).toList();
        List<TopicSummary> grew = active.stream()
                .filter(t -> (t.trend() == TopicSummary.Trend.NAIK || t.trend() == TopicSummary.Trend.BARU) && t.recent() >= 3)
                .sorted(Comparator.comparingDouble((TopicSummary t) -> -(t.recent() / Math.max(t.expected(), 1))))
                .limit(5).toList();
        SentimentMap map = SentimentMapping.of(period, to, monitoring.settings().zone(), monitoring::areaName);

        List<DailyBrief.Action> actions = new ArrayList<>();
        active.stream().filter(t -> t.alert() || t.recentSentiment().negativeShare() >= 0.5 && t.recent() >= 3).limit(5)
                .forEach(t -> actions.add(action(t)));

        int open = 0;
        long oldest = -1;
        HandoffService service = handoffs.get();
        if (service != null) {
            try {
                List<Handoff> waiting = service.waiting();
                open = waiting.size() + service.claimed().size();
                oldest = waiting.stream().map(Handoff::createdAt).min(Comparator.naturalOrder())
                        .map(t -> Duration.between(t, now).toMinutes()).orElse(-1L);
            } catch (RuntimeException e) {
                open = -1;
            }
        }
        return new DailyBrief(day, from, to, now, period.size(), SentimentCounts.of(period),
                SentimentCounts.of(before).negativeShare(), top, grew, map.byArea(), map.bySource().stream().limit(10).toList(),
                asked.top(day, 5), open, oldest, actions,
                overview.coordination(), overview.feeds().stream().filter(f -> f.lastError() != null).toList());
    }

    private DailyBrief.Action action(TopicSummary t) {
        String query = t.label().replace(" · ", " ") + " " + (t.examples().isEmpty() ? "" : t.examples().getFirst().text());
        List<DailyBrief.Entry> entries = monitoring.nearestEntries(ItemIntake.cut(query, 300)).stream().map(e -> {
            int dash = e.indexOf(" — ");
            return dash < 0 ? new DailyBrief.Entry(e, e) : new DailyBrief.Entry(e.substring(0, dash), e.substring(dash + 3));
        }).toList();
        List<DailyBrief.Entry> pending = drafts.matching(t, 3);
        String advice = t.coordinated() && !entries.isEmpty() ? BriefTexts.ADVICE_COORDINATED
                : !pending.isEmpty() ? BriefTexts.ADVICE_FINISH_DRAFT
                : entries.isEmpty() ? BriefTexts.ADVICE_NEW_ENTRY : BriefTexts.ADVICE_CLARIFY;
        return new DailyBrief.Action(t.label(), advice, entries, pending);
    }
}
