package id.sigap.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the {@link SentimentMap} of a set of items. */
final class SentimentMapping {

    static final String NO_AREA = "tanpa wilayah";

    private SentimentMapping() {
    }

    static SentimentMap of(List<MonitoredItem> items, Instant now, ZoneId zone, Function<String, String> areaName) {
        Map<String, List<MonitoredItem>> bySource = new TreeMap<>();
        Map<String, List<MonitoredItem>> byArea = new TreeMap<>();
        Map<LocalDate, List<MonitoredItem>> byDay = new TreeMap<>();
        List<MonitoredItem> last = new ArrayList<>();
        List<MonitoredItem> previous = new ArrayList<>();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Instant twoDaysAgo = now.minus(Duration.ofDays(2));
        for (MonitoredItem item : items) {
            bySource.computeIfAbsent(item.source(), k -> new ArrayList<>()).add(item);
            byArea.computeIfAbsent(item.area() == null ? NO_AREA : areaName.apply(item.area()), k -> new ArrayList<>()).add(item);
            byDay.computeIfAbsent(LocalDate.ofInstant(item.time(), zone), k -> new ArrayList<>()).add(item);
            if (!item.time().isBefore(dayAgo)) {
                last.add(item);
            } else if (!item.time().isBefore(twoDaysAgo)) {
                previous.add(item);
            }
        }
        return new SentimentMap(rows(bySource), rows(byArea),
                byDay.entrySet().stream().map(e -> new SentimentMap.DayRow(e.getKey(), SentimentCounts.of(e.getValue()))).toList(),
                SentimentCounts.of(last).negativeShare(), SentimentCounts.of(previous).negativeShare());
    }

    private static List<SentimentMap.Row> rows(Map<String, List<MonitoredItem>> groups) {
        return groups.entrySet().stream().map(e -> new SentimentMap.Row(e.getKey(), SentimentCounts.of(e.getValue())))
                .sorted(Comparator.comparingInt((SentimentMap.Row r) -> -r.counts().total())).toList();
    }
}
