package id.sigap.conversation;

import id.sigap.texts.Texts;

import java.util.List;

/**
 * What the bot says, in plain text; each channel renders it (Telegram escapes it for HTML, puts the
 * title in bold and the source as a link; the console prints it as it is). A reply goes to the chat the
 * message came from unless it carries a {@link Routing} (staff cards, relays, staff answers to a citizen).
 *
 * @param title     an optional heading, such as the knowledge-base entry's title
 * @param text      the body, plain text
 * @param sourceUrl an optional official reference cited under the body
 * @param buttons   inline buttons, one row each
 * @param routing   where and how to deliver it; null: as a message to the sender's chat
 * @param sourceLabel the words before the source ("Source:" for a citizen who wrote in English); null: the
 *                  Indonesian {@code reply.source}
 */
public record Reply(String title, String text, String sourceUrl, List<List<Button>> buttons, Routing routing,
                    String sourceLabel) {

    public Reply {
        text = text == null ? "" : text;
        buttons = buttons == null ? List.of() : List.copyOf(buttons.stream().map(List::copyOf).toList());
    }

    public Reply(String title, String text, String sourceUrl, List<List<Button>> buttons, Routing routing) {
        this(title, text, sourceUrl, buttons, routing, null);
    }

    public Reply(String title, String text, String sourceUrl, List<List<Button>> buttons) {
        this(title, text, sourceUrl, buttons, null, null);
    }

    public static Reply text(String text) {
        return new Reply(null, text, null, List.of(), null);
    }

    /** A short notice shown by the client when a button is pressed (Telegram: the callback answer). */
    public static Reply notice(String text) {
        return new Reply(null, text, null, List.of(), new Routing(Routing.Kind.NOTICE, null, null, null, null, null, null));
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(title, text, sourceUrl, rows, routing, sourceLabel);
    }

    public Reply routed(Routing routing) {
        return new Reply(title, text, sourceUrl, buttons, routing, sourceLabel);
    }

    /** The words before the source as the channel shows them. */
    public String sourceLabelOrDefault() {
        return sourceLabel != null ? sourceLabel : Texts.citizen("reply.source");
    }

    /** True when the reply goes back to the sender's own chat as a normal message. */
    public boolean toSender() {
        return routing == null || (routing.kind() == Routing.Kind.MESSAGE && routing.chatId() == null);
    }

    /** An inline button: a label and the callback data it sends back (1–64 bytes). */
    public record Button(String label, String data) {
    }

    /**
     * Delivery instructions.
     *
     * @param kind          a message, a callback notice, a copy of an existing message (media relay), or new
     *                      buttons for an earlier message ({@code replyTo}) of the sender's chat
     * @param chatId        target chat; null: the sender's chat
     * @param threadId      forum topic in the target chat
     * @param replyTo       message id in the target chat to reply to
     * @param tag           a label reported back once delivered (see {@link MessageDelivered})
     * @param copyFromChat  COPY: the chat holding the original message
     * @param copyMessageId COPY: the original message id
     */
    public record Routing(Kind kind, Long chatId, Long threadId, Integer replyTo, String tag, Long copyFromChat,
                          Integer copyMessageId) {

        public static Routing to(long chatId, Long threadId, Integer replyTo, String tag) {
            return new Routing(Kind.MESSAGE, chatId, threadId, replyTo, tag, null, null);
        }

        /** Replaces the inline buttons of an earlier message of the sender's chat (its {@code messageId}). */
        public static Routing editButtons(int messageId) {
            return new Routing(Kind.EDIT, null, null, messageId, null, null, null);
        }

        public static Routing copy(long chatId, Long threadId, Integer replyTo, long fromChat, int messageId) {
            return new Routing(Kind.COPY, chatId, threadId, replyTo, null, fromChat, messageId);
        }

        public enum Kind { MESSAGE, NOTICE, COPY, EDIT }
    }
}
