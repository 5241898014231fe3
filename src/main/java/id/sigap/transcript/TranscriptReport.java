package id.sigap.transcript;

import id.sigap.broadcast.Receipt;
import id.sigap.texts.Texts;
import id.sigap.transcript.ReportPage.Body;
import id.sigap.transcript.ReportPage.Table;
import id.sigap.transcript.SvgCharts.Series;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The transcript report of a period: reads the daily JSONL files (no Redis, no Spring context needed)
 * and writes one self-contained {@code index.html} with charts of volume, sentiment, answers and
 * handoffs, feedback, satisfaction and the knowledge-base gaps. Its words are in texts/petugas.yaml
 * ({@code report.*}).
 */
public final class TranscriptReport {

    /** What was written. */
    public record Summary(Path file, LocalDate from, LocalDate to, int records, int skippedLines, long millis) {
    }

    private static final double GAP_SIMILARITY = 0.5;
    private static final int GAPS_SHOWN = 20;

    private TranscriptReport() {
    }

    /** Reads {@code dataDir/transcripts} for {@code from}..{@code to} and writes {@code outDir/index.html}. */
    public static Summary write(Path dataDir, LocalDate from, LocalDate to, ZoneId zone, Path outDir) {
        long start = System.nanoTime();
        ReportData data = new ReportData(from, to, zone);
        // A record is filed under its day in the zone it was written with; read one day more each side.
        int skipped = TranscriptFiles.read(TranscriptFiles.directory(dataDir), from.minusDays(1), to.plusDays(1), data::add);
        Path file = page(data).write(outDir);
        return new Summary(file, from, to, data.records, skipped, (System.nanoTime() - start) / 1_000_000);
    }

    static ReportPage page(ReportData d) {
        ReportPage page = new ReportPage(text("title"), text("subtitle", d.from, d.to, d.zone, d.records));
        int answered = ReportData.total(d.outcomePerDay, ReportData.ANSWERED);
        int feedback = d.thumbsUp + d.thumbsDown;
        int rated = sum(d.ratings);
        page.figure(text("figure.messages"), SvgCharts.number(d.turns), text("figure.messages-note", SvgCharts.number(d.chats.size())))
                .figure(text("figure.answered"), percent(answered, d.turns), text("figure.answered-note", SvgCharts.number(answered)))
                .figure(text("figure.handed-off"), SvgCharts.number(d.handoffs()), text("figure.handed-off-note", percent(d.handoffs(), d.turns)))
                .figure(text("figure.helpful"), feedback == 0 ? "–" : percent(d.thumbsUp, feedback),
                        text("figure.helpful-note", SvgCharts.number(feedback)))
                .figure(text("figure.satisfaction"), rated == 0 ? "–" : String.format(Locale.ROOT, "%.1f / 5", average(d.ratings)).replace('.', ','),
                        text("figure.satisfaction-note", SvgCharts.number(rated)))
                .figure(text("figure.latency"), millis(ReportData.percentile(d.latencies, 0.5)),
                        "p95 " + millis(ReportData.percentile(d.latencies, 0.95)));

        List<String> hours = new ArrayList<>();
        for (int i = 0; i < d.perHour.length; i++) {
            hours.add(dayLabel(d.from.plusDays(i / 24)) + " " + String.format(Locale.ROOT, "%02d.00", i % 24));
        }
        List<String> dayTicks = new ArrayList<>();
        for (int i = 0; i < d.perHour.length; i++) {
            dayTicks.add(i % 24 == 0 ? dayLabel(d.from.plusDays(i / 24)) : hours.get(i));
        }
        page.section("volume", text("volume"), text("volume-intro"),
                d.turns == 0 ? empty() : Body.of(SvgCharts.line(dayTicks, doubles(d.perHour), SvgCharts.BLUE, labelStep(d.days))));
        List<String> hourNames = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hourNames.add(String.format(Locale.ROOT, "%02d", h));
        }
        page.half("jam", text("hour-of-day"), text("hour-of-day-intro"),
                d.turns == 0 ? empty() : Body.of(SvgCharts.bars(hourNames, doubles(d.hourOfDay), SvgCharts.BLUE, 2)));

        List<String> dayNames = new ArrayList<>();
        for (int i = 0; i < d.days; i++) {
            dayNames.add(dayLabel(d.from.plusDays(i)));
        }
        page.half("sentimen", text("sentiment"), text("sentiment-intro"),
                d.turns == 0 ? empty() : Body.of(SvgCharts.stacked(dayNames, List.of(
                        new Series(text("sentiment.positive"), SvgCharts.GREEN, column(d.sentimentPerDay, 0)),
                        new Series(text("sentiment.neutral"), SvgCharts.GREY, column(d.sentimentPerDay, 1)),
                        new Series(text("sentiment.potentially-negative"), SvgCharts.ORANGE, column(d.sentimentPerDay, 2)),
                        new Series(text("sentiment.negative"), SvgCharts.RED, column(d.sentimentPerDay, 3))))));
        page.half("jawaban", text("outcomes"), text("outcomes-intro"),
                d.turns == 0 ? empty() : Body.of(SvgCharts.stacked(dayNames, List.of(
                        new Series(text("outcome.answered"), SvgCharts.GREEN, column(d.outcomePerDay, ReportData.ANSWERED)),
                        new Series(text("outcome.handed-off"), SvgCharts.ORANGE, column(d.outcomePerDay, ReportData.HANDED_OFF)),
                        new Series(text("outcome.not-answered"), SvgCharts.RED, column(d.outcomePerDay, ReportData.NOT_ANSWERED)),
                        new Series(text("outcome.other"), SvgCharts.GREY, column(d.outcomePerDay, ReportData.OTHER))))));
        reasons(page, d.reasons());
        timeToClaim(page, d);
        page.half("umpan-balik", text("feedback"), text("feedback-intro"),
                feedback == 0 ? empty() : Body.of(SvgCharts.proportion(List.of(
                        new Series(text("feedback.up", d.thumbsUp), SvgCharts.GREEN, new double[]{d.thumbsUp}),
                        new Series(text("feedback.down", d.thumbsDown), SvgCharts.RED, new double[]{d.thumbsDown})))));
        page.half("kepuasan", text("satisfaction"), text("satisfaction-intro"),
                rated == 0 ? empty() : Body.of(SvgCharts.bars(List.of("1", "2", "3", "4", "5"), doubles(d.ratings), SvgCharts.PURPLE, 1))
                        .and(text("satisfaction-note",
                        String.format(Locale.ROOT, "%.2f", average(d.ratings)).replace('.', ','), rated)));
        stages(page, d);
        gaps(page, d.unanswered);
        thumbsDown(page, d.feedbackPerEntry);
        broadcasts(page, d);
        gapNotices(page, d);
        return page;
    }

    private static void reasons(ReportPage page, Map<String, Integer> reasons) {
        List<Map.Entry<String, Integer>> sorted = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10).toList();
        page.half("alasan", text("reasons"), text("reasons-intro"),
                sorted.isEmpty() ? empty() : Body.of(SvgCharts.horizontal(
                        sorted.stream().map(e -> reasonLabel(e.getKey())).toList(),
                        sorted.stream().mapToDouble(Map.Entry::getValue).toArray(), SvgCharts.ORANGE)));
    }

    private static void timeToClaim(ReportPage page, ReportData d) {
        String[] labels = list("wait-buckets").toArray(String[]::new);
        long[] limits = {5, 15, 30, 60, 240, Long.MAX_VALUE};
        double[] counts = new double[labels.length];
        List<Long> minutes = new ArrayList<>();
        for (Duration wait : d.timeToClaim) {
            long m = wait.toSeconds() / 60;
            minutes.add(wait.toSeconds());
            for (int i = 0; i < limits.length; i++) {
                if (m < limits[i]) {
                    counts[i]++;
                    break;
                }
            }
        }
        int unclaimed = d.requested.size() - d.claimed.size();
        page.half("waktu-ambil", text("time-to-claim"), text("time-to-claim-intro"),
                d.timeToClaim.isEmpty() ? empty() : Body.of(SvgCharts.bars(List.of(labels), counts, SvgCharts.BLUE, 1))
                        .and(text("time-to-claim-note", duration(ReportData.percentile(minutes, 0.5)),
                        duration(ReportData.percentile(minutes, 0.9)), unclaimed)));
    }

    private static void stages(ReportPage page, ReportData d) {
        List<String> names = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<String> order = List.of("classify", "retrieve", "compose", "total");
        d.stageLatencies.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, List<Long>> e) -> {
                    int i = order.indexOf(e.getKey());
                    return i < 0 ? order.size() : i;
                }).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    names.add(stageLabel(e.getKey()));
                    medians.add(ReportData.percentile(e.getValue(), 0.5) / 1000.0);
                });
        Body body = names.isEmpty() ? empty() : Body.of(SvgCharts.horizontal(names,
                medians.stream().mapToDouble(Double::doubleValue).toArray(), SvgCharts.BLUE));
        if (!names.isEmpty() && !d.answerModes.isEmpty()) {
            body = body.and(text("answer-modes", String.join(", ",
                    d.answerModes.entrySet().stream().map(e -> modeLabel(e.getKey()) + " " + e.getValue()).toList())));
        }
        page.half("tahap", text("stages"), text("stages-intro"), body);
    }

    private static String stageLabel(String stage) {
        return switch (stage) {
            case "classify", "retrieve", "compose", "total" -> text("stage." + stage);
            default -> stage;
        };
    }

    private static String modeLabel(String mode) {
        return switch (mode) {
            case "extractive", "generated" -> text("mode." + mode);
            default -> mode;
        };
    }

    private static void gaps(ReportPage page, List<String> unanswered) {
        List<QuestionClusters.Cluster> clusters = QuestionClusters.of(unanswered, GAP_SIMILARITY);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(GAPS_SHOWN, clusters.size()); i++) {
            QuestionClusters.Cluster c = clusters.get(i);
            rows.add(List.of(String.valueOf(i + 1), c.question(), SvgCharts.number(c.count()), String.join(" · ", c.examples())));
        }
        page.section("celah", text("gaps"), text("gaps-intro", unanswered.size(), clusters.size()),
                rows.isEmpty() ? empty() : Body.of(Table.of(list("gaps-columns"), rows)));
    }

    private static void broadcasts(ReportPage page, ReportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (TranscriptRecord r : d.broadcasts.values()) {
            Receipt n = Receipt.of(r.counts() == null ? Map.of() : r.counts());
            String reasons = n.failed().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
            String text = r.text() == null ? "" : r.text().length() > 80 ? r.text().substring(0, 80) + "…" : r.text();
            rows.add(List.of(r.broadcast(), r.time().atZone(d.zone).toLocalDateTime().toString().replace('T', ' '),
                    String.join(", ", r.reasons() == null ? List.of() : r.reasons()), text,
                    SvgCharts.number(n.targeted()),
                    SvgCharts.number(n.sent()),
                    SvgCharts.number(n.blocked()),
                    n.failedTotal() + (reasons.isEmpty() ? "" : " (" + reasons + ")"),
                    String.valueOf(n.notSent()),
                    text("FINISHED".equals(r.event()) ? "broadcast.finished" : "broadcast.sending")));
        }
        if (rows.isEmpty()) {
            return; // an office that sent no updates in the period needs no empty section
        }
        page.section("siaran", text("broadcasts"), text("broadcasts-intro"),
                Body.of(Table.of(list("broadcasts-columns"), rows)));
    }

    /**
     * The notices telling a gap's askers its approved answer: entry, approver, and the same counts as the console's
     * "Pemberitahuan kepada penanya" (targeted, sent, blocked, skipped and failed by reason, not dealt with yet).
     */
    private static void gapNotices(ReportPage page, ReportData d) {
        List<List<String>> rows = new ArrayList<>();
        for (TranscriptRecord r : d.gapNotices.values()) {
            Map<String, Long> counts = r.counts() == null ? Map.of() : r.counts();
            long targeted = counts.getOrDefault("targeted", 0L);
            long dealt = counts.entrySet().stream().filter(e -> !e.getKey().equals("targeted")).mapToLong(Map.Entry::getValue).sum();
            java.time.Instant approved = d.gapNoticeStarted.getOrDefault(r.notice(), r.time());
            rows.add(List.of(r.entry() == null ? "" : r.entry(), r.text() == null ? "" : r.text(),
                    approved.atZone(d.zone).toLocalDateTime().withNano(0).toString().replace('T', ' '),
                    r.approver() == null ? "" : r.approver(),
                    SvgCharts.number(targeted), SvgCharts.number(counts.getOrDefault("sent", 0L)),
                    SvgCharts.number(counts.getOrDefault("blocked", 0L)),
                    byReason(counts, "skipped:"), byReason(counts, "failed:"),
                    String.valueOf(Math.max(0, targeted - dealt)),
                    text("FINISHED".equals(r.event()) ? "gap-notice.finished" : "gap-notice.sending")));
        }
        if (rows.isEmpty()) {
            return;
        }
        page.section("pemberitahuan-celah", text("gap-notices"), text("gap-notices-intro"),
                Body.of(Table.of(list("gap-notices-columns"), rows)));
    }

    /** The counts of one kind of outcome ({@code skipped:}, {@code failed:}): the total, then each reason. */
    private static String byReason(Map<String, Long> counts, String prefix) {
        long total = counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
        String reasons = counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().substring(prefix.length()) + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        return total + (reasons.isEmpty() ? "" : " (" + reasons + ")");
    }

    private static void thumbsDown(ReportPage page, Map<String, int[]> perEntry) {
        List<Map.Entry<String, int[]>> down = perEntry.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0)
                .sorted((a, b) -> b.getValue()[1] != a.getValue()[1] ? b.getValue()[1] - a.getValue()[1]
                        : a.getKey().compareTo(b.getKey()))
                .limit(20).toList();
        List<List<String>> rows = new ArrayList<>();
        for (var e : down) {
            int up = e.getValue()[0];
            int no = e.getValue()[1];
            rows.add(List.of(e.getKey(), String.valueOf(no), String.valueOf(up), percent(no, up + no)));
        }
        page.section("entri-jempol-bawah", text("thumbs-down"), text("thumbs-down-intro"),
                rows.isEmpty() ? empty() : Body.of(Table.of(list("thumbs-down-columns"), rows)));
    }

    /** The officers' label of a recorded reason key (the one label table: {@link id.sigap.conversation.Reason}). */
    static String reasonLabel(String reason) {
        return id.sigap.conversation.Reason.labelOf(reason);
    }

    private static String dayLabel(LocalDate day) {
        return list("days").get(day.getDayOfWeek().getValue() - 1) + " " + String.format(Locale.ROOT, "%02d/%02d",
                day.getDayOfMonth(), day.getMonthValue());
    }

    private static int labelStep(int days) {
        return 24 * Math.max(1, (int) Math.ceil(days / 8.0));
    }

    private static Body empty() {
        return Body.note(text("empty"));
    }

    private static double[] doubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static double[] column(int[][] rows, int column) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][column];
        }
        return out;
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    private static double average(int[] ratings) {
        int n = sum(ratings);
        double total = 0;
        for (int i = 0; i < ratings.length; i++) {
            total += (i + 1) * ratings[i];
        }
        return n == 0 ? 0 : total / n;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String millis(long micros) {
        return micros == 0 ? "–" : String.format(Locale.ROOT, "%d ms", Math.round(micros / 1000.0));
    }

    private static String duration(long seconds) {
        return seconds < 3600 ? text("minutes", seconds / 60)
                : text("hours", String.format(Locale.ROOT, "%.1f", seconds / 3600.0).replace('.', ','));
    }

    /** A text of the report from texts/petugas.yaml ({@code report.<key>}), with its values filled in. */
    static String text(String key, Object... values) {
        String text = Texts.officer("report." + key);
        return values.length == 0 ? text : String.format(Locale.ROOT, text, values);
    }

    /** A comma-separated list of the report (column headings, day names). */
    private static List<String> list(String key) {
        return List.of(text(key).split(",\\s*"));
    }
}
