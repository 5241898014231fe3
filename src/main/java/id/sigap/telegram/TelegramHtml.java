package id.sigap.telegram;

import java.util.ArrayList;
import java.util.List;

/** Escaping for Telegram's HTML parse mode, and splitting of long HTML into messages Telegram accepts. */
final class TelegramHtml {

    /** Telegram's limit on one message's text. */
    static final int MAX_MESSAGE = 4096;

    private TelegramHtml() {
    }

    /** Escapes the three characters Telegram's HTML mode requires escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits HTML made of escaped text and balanced {@code <b>}/{@code <a>} tags into parts of at most
     * {@code max} characters, preferring paragraph, then line, then word boundaries, never cutting inside
     * a tag, an entity, or a tagged span.
     */
    static List<String> split(String html, int max) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (html.length() - start > max) {
            int cut = cutPoint(html, start, max);
            String part = html.substring(start, cut).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            start = cut;
        }
        String rest = html.substring(start).strip();
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String html, int start, int max) {
        int paragraph = -1, line = -1, space = -1, safe = -1;
        boolean inTag = false, inEntity = false;
        int depth = 0;
        int end = start + max;
        for (int i = start; i < end; i++) {
            char c = html.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                }
                continue;
            }
            if (c == '<') {
                inTag = true;
                depth += html.startsWith("</", i) ? -1 : 1;
                continue;
            }
            if (inEntity) {
                inEntity = c != ';';
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (c == '&') {
                safe = i;
                inEntity = true;
                continue;
            }
            boolean lowSurrogate = Character.isLowSurrogate(c);
            if (!lowSurrogate) {
                safe = i;
            }
            if (c == '\n' && i > start && html.charAt(i - 1) == '\n') {
                paragraph = i;
            } else if (c == '\n') {
                line = i;
            } else if (Character.isWhitespace(c)) {
                space = i;
            }
        }
        int floor = start + max / 2;
        for (int candidate : new int[] {paragraph, line, space}) {
            if (candidate > floor) {
                return candidate;
            }
        }
        if (safe > start) {
            return safe;
        }
        // A single tagged span longer than a message: cut it anyway rather than loop forever.
        return end;
    }
}
