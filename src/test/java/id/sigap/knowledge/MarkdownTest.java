package id.sigap.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void rendersParagraphsListsBoldAndLinks() {
        String html = Markdown.safeHtml("Posko **24 jam**:\n\n- Balai Kota\n- GOR [Sangkara](https://sangkara.go.id/posko)\n\n1. daftar\n2. datang");
        assertThat(html.replace("\n", "")).startsWith("<p>Posko <strong>24 jam</strong>:</p><ul><li>Balai Kota</li><li>GOR <a ")
                .contains("href=\"https://sangkara.go.id/posko\"", "rel=\"noopener noreferrer\"", "target=\"_blank\"",
                        ">Sangkara</a></li></ul><ol><li>daftar</li><li>datang</li></ol>");
    }

    @Test
    void escapesMarkupAndRefusesScriptLinks() {
        String html = Markdown.safeHtml("<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript").contains("&lt;script&gt;");
    }

    @Test
    void aQuoteCannotBreakOutOfALink() {
        String html = Markdown.safeHtml("[x](https://a.go.id/\" onclick=\"alert(1))");
        assertThat(html).doesNotContain("onclick=\"");
    }

    @Test
    void plainTextKeepsWordsBulletsAndLinkAddresses() {
        assertThat(Markdown.plain("Posko **24 jam** di [Balai](https://x.go.id/a):\n- satu\n- *dua*\n\n## Judul\nteks `kode`"))
                .isEqualTo("Posko 24 jam di Balai (https://x.go.id/a):\n• satu\n• dua\n\nJudul\nteks kode");
        assertThat(Markdown.plain("lihat https://x.go.id/a")).isEqualTo("lihat https://x.go.id/a");
    }
}
