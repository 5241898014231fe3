package id.sigap.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the items of a period into topics with their volume, sentiment mix, trend, projection and alert
 * state, and finds the words that jumped. A topic's last window is compared with the rate of its own
 * baseline before it: it "grows fast" when the window holds at least the minimum, the configured
 * multiple of its usual count (a usual count under one counts as one) and a count its usual rate would
 * give by chance less than once in a thousand windows; it "turned negative" when most of its window is
 * negatif or berpotensi negatif and its baseline was not.
 */
final class TopicAnalysis {

    private static final double CHANCE = 1e-3;

    /** The thresholds, from the settings (or the brief's day-long window). */
    record Rules(Duration window, Duration baseline, int minItems, double growth, double negativeShare, double similarity,
                 Set<String> placeStems) {

        static Rules of(MonitoringSettings s, Set<String> placeStems) {
            return new Rules(s.window(), s.baseline(), s.alertMinItems(), s.alertGrowth(), s.alertNegativeShare(),
                    s.topicSimilarity(), placeStems);
        }

        Rules over(Duration newWindow, Duration newBaseline) {
            return new Rules(newWindow, newBaseline, minItems, growth, negativeShare, similarity, placeStems);
        }
    }

    private TopicAnalysis() {
    }

    static List<TopicSummary> topics(List<MonitoredItem> items, Instant now, Rules rules, Set<String> coordinatedItems) {
        List<MonitoredItem> grouped = items.stream().filter(MonitoredItem::indonesian).toList();
        Instant windowStart = now.minus(rules.window());
        Instant baselineStart = windowStart.minus(rules.baseline());
        double windowsInBaseline = (double) rules.baseline().toSeconds() / rules.window().toSeconds();
        List<TopicSummary> topics = new ArrayList<>();
        for (TopicClustering.Cluster c : new TopicClustering(rules.similarity(), rules.placeStems()).group(grouped)) {
            List<MonitoredItem> recent = c.items.stream().filter(i -> !i.time().isBefore(windowStart) && !i.time().isAfter(now)).toList();
            List<MonitoredItem> before = c.items.stream().filter(i -> i.time().isBefore(windowStart) && !i.time().isBefore(baselineStart)).toList();
            double expected = before.size() / windowsInBaseline;
            SentimentCounts recentMix = SentimentCounts.of(recent);
            SentimentCounts beforeMix = SentimentCounts.of(before);
            boolean grows = recent.size() >= rules.minItems() && recent.size() >= rules.growth() * Math.max(expected, 1)
                    && RateInterval.tail(recent.size(), Math.max(expected, 1)) < CHANCE;
            boolean negative = recent.size() >= rules.minItems() && recentMix.negativeShare() >= rules.negativeShare()
                    && (before.size() < rules.minItems() || beforeMix.negativeShare() < rules.negativeShare());
            double[] rate = RateInterval.mean(recent.size(), 0.9);
            TopicSummary.Trend trend = before.isEmpty() && !recent.isEmpty() ? TopicSummary.Trend.BARU
                    : recent.size() > Math.max(expected, 1) * 1.5 ? TopicSummary.Trend.NAIK
                    : recent.size() < expected / 1.5 ? TopicSummary.Trend.TURUN : TopicSummary.Trend.STABIL;
            List<MonitoredItem> examples = c.items.stream()
                    .sorted(Comparator.comparing((MonitoredItem i) -> !i.sentiment().isNegative()).thenComparing(MonitoredItem::time, Comparator.reverseOrder()))
                    .limit(3).toList();
            Set<String> areas = new LinkedHashSet<>();
            c.items.stream().map(MonitoredItem::area).filter(Objects::nonNull).forEach(areas::add);
            boolean coordinated = c.items.stream().anyMatch(i -> coordinatedItems.contains(i.id()));
            topics.add(new TopicSummary(c.id, c.label(), c.items.size(), SentimentCounts.of(c.items), recent.size(), recentMix,
                    expected, trend, (int) Math.floor(rate[0]), (int) Math.ceil(rate[1]), grows || negative,
                    grows ? "naik-cepat" : negative ? "negatif" : null, coordinated, examples, List.copyOf(areas),
                    c.items.getLast().time()));
        }
        topics.sort(Comparator.comparing(TopicSummary::alert).reversed()
                .thenComparing(Comparator.comparingInt(TopicSummary::recent).reversed())
                .thenComparing(Comparator.comparingInt(TopicSummary::items).reversed()));
        return topics;
    }

    /** Words whose count in the window is at least three and unlikely (under 1 in 1000) at their baseline rate. */
    static List<RisingTerm> risingTerms(List<MonitoredItem> items, Instant now, Rules rules) {
        Instant windowStart = now.minus(rules.window());
        Instant baselineStart = windowStart.minus(rules.baseline());
        double windowsInBaseline = (double) rules.baseline().toSeconds() / rules.window().toSeconds();
        Map<String, Integer> recent = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        Map<String, String> word = new HashMap<>();
        for (MonitoredItem item : items) {
            if (!item.indonesian() || item.time().isAfter(now) || item.time().isBefore(baselineStart)) {
                continue;
            }
            Map<String, Integer> into = item.time().isBefore(windowStart) ? before : recent;
            Set<String> once = new HashSet<>();
            for (TopicTerms.Term t : TopicTerms.of(item.text())) {
                if (!rules.placeStems().contains(t.stem()) && once.add(t.stem())) {
                    into.merge(t.stem(), 1, Integer::sum);
                    word.putIfAbsent(t.stem(), t.word());
                }
            }
        }
        List<RisingTerm> rising = new ArrayList<>();
        for (var e : recent.entrySet()) {
            double expected = before.getOrDefault(e.getKey(), 0) / windowsInBaseline;
            if (e.getValue() >= 3 && e.getValue() >= 2 * Math.max(expected, 0.5)
                    && RateInterval.tail(e.getValue(), Math.max(expected, 0.5)) < CHANCE) {
                rising.add(new RisingTerm(word.get(e.getKey()), e.getValue(), expected));
            }
        }
        rising.sort(Comparator.comparingDouble((RisingTerm r) -> -(r.recent() / Math.max(r.expected(), 0.5))));
        return rising.size() > 15 ? List.copyOf(rising.subList(0, 15)) : rising;
    }
}
