package id.sigap.transcript;

import id.sigap.texts.Texts;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one self-contained HTML report page in Sigap's style: a header, a row of key figures, and
 * sections of charts ({@link SvgCharts}) and tables. No script, no web font, no CDN: the page opens
 * offline and prints well. Shared by the transcript report and the evaluation report.
 */
public final class ReportPage {

    /** A key figure shown as a tile: "Pesan" / "1.234" / "dari 321 warga". */
    public record Figure(String label, String value, String note) {
    }

    private final String title;
    private final String subtitle;
    private final List<Figure> figures = new ArrayList<>();
    private final StringBuilder sections = new StringBuilder();

    public ReportPage(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public ReportPage figure(String label, String value, String note) {
        figures.add(new Figure(label, value, note));
        return this;
    }

    /** A full-width section; {@code bodyHtml} is trusted markup (a chart or {@link #table}). */
    public ReportPage section(String id, String heading, String intro, String bodyHtml) {
        return add(id, heading, intro, bodyHtml, "card wide");
    }

    /** A half-width section, placed beside the next half-width one on wide screens. */
    public ReportPage half(String id, String heading, String intro, String bodyHtml) {
        return add(id, heading, intro, bodyHtml, "card");
    }

    private ReportPage add(String id, String heading, String intro, String bodyHtml, String cssClass) {
        sections.append("<section class=\"").append(cssClass).append("\" id=\"").append(escape(id)).append("\">")
                .append("<h2>").append(escape(heading)).append("</h2>");
        if (intro != null && !intro.isBlank()) {
            sections.append("<p class=\"intro\">").append(escape(intro)).append("</p>");
        }
        sections.append(bodyHtml).append("</section>\n");
        return this;
    }

    /** A table; cells are plain text (escaped). A cell that is a number is aligned right. */
    public static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        for (String header : headers) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                boolean numeric = cell != null && cell.matches("[-+]?[0-9][0-9.,]*\\s?[%×]?");
                html.append(numeric ? "<td class=\"num\">" : "<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** A short muted paragraph, e.g. "Belum ada data pada periode ini." */
    public static String note(String text) {
        return "<p class=\"note\">" + escape(text) + "</p>";
    }

    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    public String html() {
        StringBuilder html = new StringBuilder(sections.length() + 8192);
        html.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<header><h1>").append(escape(title)).append("</h1><p>").append(escape(subtitle)).append("</p></header><main>");
        if (!figures.isEmpty()) {
            html.append("<div class=\"figures\">");
            for (Figure f : figures) {
                html.append("<div class=\"figure\"><div class=\"flabel\">").append(escape(f.label()))
                        .append("</div><div class=\"fvalue\">").append(escape(f.value())).append("</div>");
                if (f.note() != null && !f.note().isBlank()) {
                    html.append("<div class=\"fnote\">").append(escape(f.note())).append("</div>");
                }
                html.append("</div>");
            }
            html.append("</div>");
        }
        html.append("<div class=\"grid\">").append(sections).append("</div></main>")
                .append("<footer>").append(escape(Texts.officer("report.footer"))).append("</footer>")
                .append("</body></html>\n");
        return html.toString();
    }

    /** Writes {@code dir/index.html} (creating the directory) and returns its path. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("index.html");
            Files.writeString(file, html(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report to " + dir, e);
        }
    }

    private static final String STYLE = """
            :root{--ink:#1d2733;--muted:#5b6673;--line:#e3e7ec;--bg:#f5f7fa;--accent:#1f5fa8}
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);font-size:15px;line-height:1.45}
            header{background:var(--accent);color:#fff;padding:22px 32px}
            header h1{margin:0;font-size:24px;font-weight:600}
            header p{margin:4px 0 0;opacity:.9}
            main{padding:20px 32px;max-width:1280px;margin:0 auto}
            .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin-bottom:16px}
            .figure{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
            .flabel{color:var(--muted);font-size:13px}
            .fvalue{font-size:26px;font-weight:600;margin-top:2px}
            .fnote{color:var(--muted);font-size:12px}
            .grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:16px}
            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;min-width:0}
            .card.wide{grid-column:1/-1}
            @media (max-width:900px){.grid{grid-template-columns:1fr}}
            h2{font-size:17px;margin:0 0 4px}
            .intro{color:var(--muted);margin:0 0 10px;font-size:13px}
            .note{color:var(--muted);font-style:italic}
            svg.chart{width:100%;height:auto;display:block}
            svg .grid{stroke:var(--line);stroke-width:1}
            svg .axis{stroke:#aab3bd;stroke-width:1}
            svg text{font-family:inherit;fill:var(--ink)}
            svg .tick{font-size:10px;fill:var(--muted)}
            svg .label{font-size:12px}
            svg .value{font-size:12px;fill:var(--muted)}
            svg .inbar{font-size:12px;fill:#fff;font-weight:600}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
            th{color:var(--muted);font-weight:600}
            td.num{text-align:right;white-space:nowrap}
            footer{color:var(--muted);font-size:12px;padding:8px 32px 28px;text-align:center}
            @media print{body{background:#fff}.card,.figure{break-inside:avoid}}
            """;
}
