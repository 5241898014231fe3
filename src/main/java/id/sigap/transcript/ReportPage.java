package id.sigap.transcript;

import id.sigap.texts.Pages;
import id.sigap.texts.Texts;
import id.sigap.transcript.SvgCharts.Chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of one self-contained HTML report page in Sigap's style: a header, a row of key figures, and
 * sections of charts ({@link SvgCharts}), tables and notes. The markup is the Thymeleaf template
 * {@code templates/report/laporan.html}: no script, no web font, no CDN, so the page opens offline and prints well.
 */
final class ReportPage {

    /** A key figure shown as a tile: "Pesan" / "1.234" / "dari 321 warga". */
    record Figure(String label, String value, String note) {
    }

    /** A section: full width ({@code wide}) or half width, beside the next half-width one on wide screens. */
    record Section(String id, String heading, String intro, boolean wide, Body body) {
    }

    /** What a section shows, in this order: a chart, a table, short muted notes; each part may be absent. */
    record Body(Chart chart, Table table, List<String> notes) {

        static Body of(Chart chart) {
            return new Body(chart, null, List.of());
        }

        static Body of(Table table) {
            return new Body(null, table, List.of());
        }

        /** A short muted paragraph alone, e.g. "Belum ada data pada periode ini." */
        static Body note(String text) {
            return new Body(null, null, List.of(text));
        }

        Body and(String note) {
            List<String> all = new ArrayList<>(notes);
            all.add(note);
            return new Body(chart, table, List.copyOf(all));
        }
    }

    /** A table of plain-text cells. */
    record Table(List<String> headers, List<List<Cell>> rows) {

        /** A table whose cells that are numbers are aligned right. */
        static Table of(List<String> headers, List<List<String>> rows) {
            return new Table(headers, rows.stream().map(row -> row.stream().map(Cell::of).toList()).toList());
        }
    }

    /** A cell and its CSS class ({@code num} for a number, or null). */
    record Cell(String text, String css) {

        static Cell of(String text) {
            boolean numeric = text != null && text.matches("[-+]?[0-9][0-9.,]*\\s?[%×]?");
            return new Cell(text, numeric ? "num" : null);
        }
    }

    private final String title;
    private final String subtitle;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    ReportPage(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    ReportPage figure(String label, String value, String note) {
        figures.add(new Figure(label, value, note));
        return this;
    }

    /** A full-width section. */
    ReportPage section(String id, String heading, String intro, Body body) {
        sections.add(new Section(id, heading, intro, true, body));
        return this;
    }

    /** A half-width section, placed beside the next half-width one on wide screens. */
    ReportPage half(String id, String heading, String intro, Body body) {
        sections.add(new Section(id, heading, intro, false, body));
        return this;
    }

    String html() {
        return Pages.render("report/laporan", Map.of("title", title, "subtitle", subtitle, "figures", figures,
                "sections", sections, "footer", Texts.officer("report.footer")));
    }

    /** Writes {@code dir/index.html} (creating the directory) and returns its path. */
    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("index.html");
            Files.writeString(file, html(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report to " + dir, e);
        }
    }
}
