package id.sigap.conversation;

import id.sigap.knowledge.Markdown;
import id.sigap.retrieval.RetrievalHit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional English version of an entry, kept in the entry's own body after a line
 * {@code <!-- lang: en -->} (an HTML comment, so the file stays a valid contract entry that any
 * Markdown reader shows). The English section may start with a {@code # Title} line. Everything before
 * the marker is the Indonesian answer. See docs/decision.md.
 *
 * @param title the English title, or null
 * @param text  the English answer
 */
record EnglishVersion(String title, String text) {

    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*<!--\\s*lang:\\s*en\\s*-->\\s*$");

    /** The body without its English section. */
    static String indonesian(String body) {
        if (body == null) {
            return "";
        }
        Matcher m = MARKER.matcher(body);
        return m.find() ? body.substring(0, m.start()).strip() : body;
    }

    static Optional<EnglishVersion> of(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = body.substring(m.end()).strip();
        String title = null;
        if (rest.startsWith("# ")) {
            int end = rest.indexOf('\n');
            title = (end < 0 ? rest.substring(2) : rest.substring(2, end)).strip();
            rest = end < 0 ? "" : rest.substring(end + 1).strip();
        }
        return rest.isBlank() ? Optional.empty() : Optional.of(new EnglishVersion(title, rest));
    }

    /** An answer for an English question: the entry's English version, or the Indonesian one introduced in English. */
    static Reply inLanguage(Reply reply, RetrievalHit hit, Language language) {
        if (language != Language.EN) {
            return reply;
        }
        String source = AnswerTexts.SOURCE_EN;
        // An answer that exists only in Indonesian: the English introduction first, in bold where the channel has
        // bold, then the entry's own title and text (the title before the introduction read as Indonesian first).
        return EnglishVersion.of(hit.text())
                .map(en -> new Reply(en.title() == null ? reply.title() : en.title(),
                        Markdown.plain(en.text()), reply.sourceUrl(), reply.buttons(), reply.routing(), source))
                .orElseGet(() -> new Reply(AnswerTexts.OFFICIAL_IN_INDONESIAN,
                        (reply.title() == null || reply.title().isBlank() ? "" : reply.title().strip() + "\n\n") + reply.text(),
                        reply.sourceUrl(), reply.buttons(), reply.routing(), source));
    }
}
