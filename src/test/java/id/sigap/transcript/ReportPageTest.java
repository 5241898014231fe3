package id.sigap.transcript;

import id.sigap.transcript.ReportPage.Body;
import id.sigap.transcript.ReportPage.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report template escapes every text it is given, in HTML and in the SVG charts. */
class ReportPageTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"q\"";

    @Test
    void escapesTextsInFiguresTablesNotesAndCharts() {
        String html = new ReportPage(HOSTILE, HOSTILE)
                .figure(HOSTILE, HOSTILE, HOSTILE)
                .section("t", HOSTILE, HOSTILE, Body.of(Table.of(List.of(HOSTILE), List.of(List.of(HOSTILE), List.of("1.234")))).and(HOSTILE))
                .half("c", "bars", null, Body.of(SvgCharts.bars(List.of(HOSTILE), new double[]{3}, SvgCharts.BLUE, 1)))
                .half("h", "horizontal", null, Body.of(SvgCharts.horizontal(List.of(HOSTILE), new double[]{3}, SvgCharts.RED)))
                .html();
        assertThat(html).doesNotContain("<script", "alert('x')").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(html).contains("<td class=\"num\">1.234</td>", "<svg class=\"chart\"", "viewBox=\"0 0 640 240\"",
                "aria-label=\"grafik batang\"", "id=\"t\"", "class=\"card wide\"");
    }

    @Test
    void aSectionWithoutDataSaysSo() {
        String html = new ReportPage("r", "s").half("kosong", "k", "", Body.note("Belum ada data.")).html();
        assertThat(html).contains("<p class=\"note\">Belum ada data.</p>").doesNotContain("<svg", "<table", "class=\"intro\"");
    }
}
