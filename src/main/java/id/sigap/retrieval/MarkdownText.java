package id.sigap.retrieval;

/** Strips Markdown emphasis, links and list markers so that only the words are indexed or quoted. */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown
                .replaceAll("\\[([^\\]]*)\\]\\(([^)]*)\\)", "$1 ($2)")
                .replaceAll("(\\*\\*|__|\\*|`)", "")
                .replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "")
                .replaceAll("(?m)^\\s*[-+]\\s+", "• ")
                .strip();
    }
}
