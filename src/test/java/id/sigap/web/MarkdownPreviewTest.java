package id.sigap.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownPreviewTest {

    @Test
    void rendersParagraphsListsBoldAndLinks() {
        String html = MarkdownPreview.html("Posko **24 jam**:\n\n- Balai Kota\n- GOR [Sangkara](https://sangkara.go.id/posko)\n\n1. daftar\n2. datang");
        assertThat(html).isEqualTo("<p>Posko <strong>24 jam</strong>:</p><ul><li>Balai Kota</li><li>GOR "
                + "<a href=\"https://sangkara.go.id/posko\" rel=\"noopener noreferrer\" target=\"_blank\">Sangkara</a></li></ul>"
                + "<ol><li>daftar</li><li>datang</li></ol>");
    }

    @Test
    void escapesMarkupAndRefusesScriptLinks() {
        String html = MarkdownPreview.html("<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript")
                .contains("&lt;script&gt;", "[klik](javascript:alert(1))");
    }

    @Test
    void aQuoteCannotBreakOutOfALink() {
        String html = MarkdownPreview.html("[x](https://a.go.id/\" onclick=\"alert(1))");
        assertThat(html).doesNotContain("onclick=\"");
    }
}
