package id.sigap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return GoldenQuestion.JSON.writeValueAsString(row);
    }

    @SuppressWarnings("unchecked")
    private static String html(Map<String, Object> summary, List<EvalOutcome> sigap, List<EvalOutcome> baseline) {
        Map<String, Object> base = (Map<String, Object>) summary.get("baseline");
        StringBuilder h = new StringBuilder("""
                <!doctype html><html lang="id"><head><meta charset="utf-8"><title>Sigap retrieval evaluation</title>
                <style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
                .ok{background:#e7f6e7}.bad{background:#fbe5e5}.num{text-align:right}</style></head><body>
                <h1>Sigap retrieval evaluation</h1><table><tr><th>figure</th><th>Sigap</th><th>baseline</th></tr>
                """);
        for (var e : summary.entrySet()) {
            if (e.getValue() instanceof Number || e.getValue() instanceof String) {
                Object b = base == null ? "" : base.getOrDefault(e.getKey(), "");
                h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=num>").append(esc(e.getValue()))
                        .append("</td><td class=num>").append(esc(b)).append("</td></tr>\n");
            }
        }
        h.append("</table><h2>Questions</h2><table><tr><th>#</th><th>question</th><th>expected</th>"
                + "<th>Sigap top 3</th><th>Sigap decision</th><th>baseline top 3</th><th>baseline</th></tr>\n");
        for (int i = 0; i < sigap.size(); i++) {
            EvalOutcome s = sigap.get(i);
            EvalOutcome b = baseline.get(i);
            h.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(s.golden().question()))
                    .append("</td><td>").append(esc(s.golden().expected().isEmpty() ? "(handoff)" : String.join(", ", s.golden().expected())))
                    .append("</td><td class=").append(right(s) ? "ok" : "bad").append(">")
                    .append(esc(String.join(", ", s.ranking().subList(0, Math.min(3, s.ranking().size())))))
                    .append("</td><td>").append(esc(s.detail()))
                    .append("</td><td class=").append(right(b) ? "ok" : "bad").append(">")
                    .append(esc(String.join(", ", b.ranking().subList(0, Math.min(3, b.ranking().size())))))
                    .append("</td><td>").append(esc((b.handedOff() ? "HANDOFF " : "ANSWER ") + b.detail()))
                    .append("</td></tr>\n");
        }
        return h.append("</table></body></html>\n").toString();
    }

    /** Right: handed off when it should be, or answered with an expected entry first. */
    private static boolean right(EvalOutcome o) {
        return o.golden().expectHandoff() ? o.handedOff() : !o.handedOff() && o.rank() == 1;
    }

    private static String esc(Object value) {
        return String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
