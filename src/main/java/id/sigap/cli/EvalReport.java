package id.sigap.cli;

import id.sigap.texts.Pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code results.jsonl} (one line a question and system) and a self-contained {@code report.html}. */
final class EvalReport {

    private EvalReport() {
    }

    static void write(Path dir, Map<String, Object> summary, List<EvalOutcome> sigap, List<EvalOutcome> baseline) {
        try {
            Files.createDirectories(dir);
            StringBuilder jsonl = new StringBuilder();
            for (int i = 0; i < sigap.size(); i++) {
                jsonl.append(line("sigap", sigap.get(i))).append('\n');
                jsonl.append(line("baseline", baseline.get(i))).append('\n');
            }
            Files.writeString(dir.resolve("results.jsonl"), jsonl);
            Files.writeString(dir.resolve("report.html"), html(summary, sigap, baseline));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line a question (Sigap's outcomes only): the held-out runs' details. */
    static void writeOutcomes(Path file, List<EvalOutcome> outcomes) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder jsonl = new StringBuilder();
            outcomes.forEach(o -> jsonl.append(line("sigap", o)).append('\n'));
            Files.writeString(file, jsonl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String system, EvalOutcome o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("system", system);
        row.put("question", o.golden().question());
        row.put("expected", o.golden().expected());
        row.put("expectHandoff", o.golden().expectHandoff());
        row.put("ranking", o.ranking());
        row.put("rank", o.rank());
        row.put("handoff", o.handedOff());
        row.put("score", EvalMetrics.round(o.score()));
        row.put("latencyMs", o.micros() / 1000.0);
        row.put("detail", o.detail());
        row.put("answered", o.answered());
        row.put("offered", o.offered());
        return GoldenQuestion.JSON.writeValueAsString(row);
    }

    /** A summary figure of both systems. */
    record FigureRow(String name, Object sigap, Object baseline) {
    }

    /** One golden question: what was expected, each system's top three and decision, and whether each was right. */
    record QuestionRow(int number, String question, String expected, String sigapTop, boolean sigapRight,
                       String sigapDecision, String baselineTop, boolean baselineRight, String baselineDecision) {
    }

    @SuppressWarnings("unchecked")
    private static String html(Map<String, Object> summary, List<EvalOutcome> sigap, List<EvalOutcome> baseline) {
        Map<String, Object> base = (Map<String, Object>) summary.get("baseline");
        List<FigureRow> figures = new ArrayList<>();
        for (var e : summary.entrySet()) {
            if (e.getValue() instanceof Number || e.getValue() instanceof String) {
                figures.add(new FigureRow(e.getKey(), e.getValue(), base == null ? "" : base.getOrDefault(e.getKey(), "")));
            }
        }
        List<QuestionRow> questions = new ArrayList<>();
        for (int i = 0; i < sigap.size(); i++) {
            EvalOutcome s = sigap.get(i);
            EvalOutcome b = baseline.get(i);
            questions.add(new QuestionRow(i + 1, s.golden().question(),
                    s.golden().expected().isEmpty() ? "(handoff)" : String.join(", ", s.golden().expected()),
                    top3(s), right(s), s.detail(), top3(b), right(b), (b.handedOff() ? "HANDOFF " : "ANSWER ") + b.detail()));
        }
        return Pages.render("report/evaluasi", Map.of("figures", figures, "questions", questions));
    }

    private static String top3(EvalOutcome o) {
        return String.join(", ", o.ranking().subList(0, Math.min(3, o.ranking().size())));
    }

    /** Right: handed off when it should be, or answered with an expected entry first. */
    private static boolean right(EvalOutcome o) {
        return o.golden().expectHandoff() ? o.handedOff() : !o.handedOff() && o.rank() == 1;
    }
}
