package id.sigap.web;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small Markdown subset entries use (paragraphs, {@code -}/{@code *} and numbered lists,
 * {@code #} headings, {@code **bold**}, {@code *italic*}, {@code [text](http...)} links) to HTML for
 * the console. All text is HTML-escaped first, and links accept only http(s) addresses, so an entry
 * can never inject markup or script into an editor's browser.
 */
final class MarkdownPreview {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^\\s)\"<>]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    private MarkdownPreview() {
    }

    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String list = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            Matcher heading = HEADING.matcher(line);
            String kind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (kind != null) {
                flush(out, paragraph);
                if (!kind.equals(list)) {
                    closeList(out, list);
                    out.append('<').append(kind).append('>');
                    list = kind;
                }
                out.append("<li>").append(inline(kind.equals("ul") ? bullet.group(1) : numbered.group(1))).append("</li>");
                continue;
            }
            if (line.isBlank()) {
                flush(out, paragraph);
                closeList(out, list);
                list = null;
                continue;
            }
            if (heading.matches()) {
                flush(out, paragraph);
                closeList(out, list);
                list = null;
                int level = Math.min(6, heading.group(1).length() + 2);
                out.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h").append(level).append('>');
                continue;
            }
            if (list != null && Character.isWhitespace(line.charAt(0))) {
                // A continuation of the last list item.
                int at = out.lastIndexOf("</li>");
                out.insert(at, " " + inline(line.strip()));
                continue;
            }
            closeList(out, list);
            list = null;
            paragraph.add(line.strip());
        }
        flush(out, paragraph);
        closeList(out, list);
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(inline(String.join("\n", paragraph)).replace("\n", "<br>")).append("</p>");
            paragraph.clear();
        }
    }

    private static void closeList(StringBuilder out, String list) {
        if (list != null) {
            out.append("</").append(list).append('>');
        }
    }

    static String inline(String text) {
        String escaped = escape(text);
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(escaped);
        int last = 0;
        while (link.find()) {
            out.append(emphasis(escaped.substring(last, link.start())));
            out.append("<a href=\"").append(link.group(2)).append("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                    .append(emphasis(link.group(1))).append("</a>");
            last = link.end();
        }
        out.append(emphasis(escaped.substring(last)));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
