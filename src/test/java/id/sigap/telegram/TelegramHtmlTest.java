package id.sigap.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTest {

    @Test
    void escapesTheCharactersHtmlModeReserves() {
        assertThat(TelegramHtml.escape("a < b & c > \"d\"")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot;");
    }

    @Test
    void shortTextStaysOneMessage() {
        assertThat(TelegramHtml.split("<b>Judul</b>\n\nisi", 4096)).containsExactly("<b>Judul</b>\n\nisi");
    }

    @Test
    void splitsAtParagraphsBeforeLinesBeforeWords() {
        String html = "satu dua tiga\n\nempat lima enam\ntujuh";
        assertThat(TelegramHtml.split(html, 20)).containsExactly("satu dua tiga", "empat lima enam", "tujuh");
    }

    @Test
    void neverCutsAnEntityOrATaggedSpanAndRespectsTheLimit() {
        String html = "<b>Judul panjang</b> " + "&amp;&lt;".repeat(40) + " <a href=\"https://x.go.id\">tautan</a>";
        List<String> parts = TelegramHtml.split(html, 50);
        assertThat(String.join("", parts).replace(" ", "")).isEqualTo(html.replace(" ", ""));
        for (String part : parts) {
            assertThat(part.length()).isLessThanOrEqualTo(50);
            assertThat(part).doesNotContainPattern("&[a-z]*$").doesNotContainPattern("^[a-z]*;");
            assertThat(count(part, "<b>")).isEqualTo(count(part, "</b>"));
            assertThat(count(part, "<a ")).isEqualTo(count(part, "</a>"));
        }
    }

    @Test
    void aWordLongerThanTheLimitIsCutWithoutSplittingASurrogatePair() {
        String html = "😀".repeat(30);
        List<String> parts = TelegramHtml.split(html, 25);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(25);
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
