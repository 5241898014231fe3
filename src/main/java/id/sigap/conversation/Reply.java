package id.sigap.conversation;

import java.util.List;

/**
 * What the bot says back, in plain text; each channel renders it (Telegram escapes it for HTML,
 * puts the title in bold and the source as a link; the console prints it as it is).
 *
 * @param title   an optional heading, such as the knowledge-base entry's title
 * @param text    the body, plain text
 * @param sourceUrl an optional official reference cited under the body
 * @param buttons inline buttons, one row each
 */
public record Reply(String title, String text, String sourceUrl, List<List<Button>> buttons) {

    public Reply {
        text = text == null ? "" : text;
        buttons = buttons == null ? List.of() : List.copyOf(buttons.stream().map(List::copyOf).toList());
    }

    public static Reply text(String text) {
        return new Reply(null, text, null, List.of());
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(title, text, sourceUrl, rows);
    }

    /** An inline button: a label and the callback data it sends back (1–64 bytes). */
    public record Button(String label, String data) {
    }
}
