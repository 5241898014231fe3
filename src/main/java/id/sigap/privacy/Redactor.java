package id.sigap.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces personal data in a citizen's text with placeholders before it is stored, logged or sent to
 * a language model: NIK and KK numbers ({@code [NIK]}), Indonesian phone numbers ({@code [TELEPON]}),
 * e-mail addresses ({@code [EMAIL]}) and payment card numbers ({@code [KARTU]}).
 *
 * <p>Anything derived from a citizen's text (a normalised form, the words left besides a request, a cut
 * preview) is derived from the redacted text, or cut with {@link #cut}: normalising first breaks an address or
 * a number into pieces no redactor recognises ("andi.wijaya@gmail.com" becomes "andi wijaya@gmail"), and
 * cutting first leaves fifteen digits of sixteen.
 *
 * <p>E-mail addresses are found first ({@link EmailAddresses}, also with spaces around the at sign or with
 * "[at]" and "[dot]"), then numbers however their digits are grouped ({@link PersonalNumbers}), then mobile
 * numbers spelt out in words ({@link SpeltDigits}), then parts of a number sent in two messages
 * ({@link NumberFragments}). Thread-safe and stateless; patterns are compiled once, and the work grows in
 * proportion to the text's length.
 */
public final class Redactor {

    /** What a placeholder stands for. */
    public enum Kind {
        NIK("[NIK]"), TELEPON("[TELEPON]"), EMAIL("[EMAIL]"), KARTU("[KARTU]");

        private final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }
    }

    /** The redacted text and the kinds of personal data that were replaced in it. */
    public record Redacted(String text, Set<Kind> kinds) {
        public Redacted {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
        }
    }

    /** Where one piece of personal data sits in a text: characters {@code start} to {@code end}, exclusive. */
    record Span(int start, int end, Kind kind) {
    }

    /** No personal number has fewer digits (a fixed line after +62). */
    private static final int FEWEST_DIGITS = 9;

    private Redactor() {
    }

    /** The text with every NIK/KK, phone number, e-mail address and card number replaced. */
    public static String redact(String text) {
        return redactDetailed(text).text();
    }

    /** As {@link #redact(String)}, also telling which kinds of personal data were found. */
    public static Redacted redactDetailed(String text) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text, Set.of());
        }
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return new Redacted(text, Set.of());
        }
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Span span : spans) {
            out.append(text, copied, span.start()).append(span.kind().placeholder());
            kinds.add(span.kind());
            copied = span.end();
        }
        out.append(text, copied, text.length());
        return new Redacted(out.toString(), kinds);
    }

    /**
     * The redacted text with its marks taken out, for what searches it: read as words, "[TELEPON]" is the word of the
     * emergency numbers' title ("nomornya [TELEPON]", a scam caller's number told, got that entry surely).
     */
    public static String withoutMarks(String text) {
        if (text == null || text.indexOf('[') < 0) {
            return text;
        }
        String out = text;
        for (Kind kind : Kind.values()) {
            out = out.replace(kind.placeholder(), " ");
        }
        return out.replaceAll(" {2,}", " ").strip();
    }

    /** True when the text still contains something this redactor would replace. */
    public static boolean containsPersonalData(String text) {
        return text != null && !text.isEmpty() && !spans(text).isEmpty();
    }

    /**
     * The text cut to at most {@code maxChars} characters where no personal data is cut in half: a value the cut
     * would split is left out whole. For a text that must stay as written (a handoff keeps the original
     * sealed) and still be cut; the pieces are found in the whole text, so the part kept redacts as well as the
     * whole would.
     */
    public static String cut(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        for (Span span : spans(text)) {
            if (span.start() < end && span.end() > end) {
                end = span.start();
                break;
            }
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * The kind of number a text ends with a part of, or names with nothing after it ("nik sy 3271 0115", "no hp saya:"):
     * the next message of the chat may carry the rest, to be read with {@link #continuing}.
     */
    public static Optional<Kind> partAtEnd(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Kind> named = NumberFragments.nameAtEnd(text);
        if (named.isPresent()) {
            return named;
        }
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Span last = spans.getLast();
        boolean atEnd = text.substring(last.end()).codePoints().noneMatch(Character::isLetterOrDigit);
        return atEnd && NumberFragments.isPart(text, last) ? Optional.of(last.kind()) : Optional.empty();
    }

    /**
     * The message that follows a part of a number ({@link #partAtEnd}) with every run of four digits or more, however
     * grouped, replaced by {@code kind}'s placeholder ("lanjutannya 0590 0002", "7890"); the rest as it was written.
     */
    public static String continuing(String text, Kind kind) {
        return text == null ? null : NumberFragments.runs(text, kind.placeholder());
    }

    /** The personal data in a text, in order, none overlapping. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>(EmailAddresses.find(text));
        // An address's digits are not read again as a number, nor joined to the numbers beside it.
        String rest = spans.isEmpty() ? text : masked(text, spans);
        int digits = digits(rest);
        if (digits >= (FEWEST_DIGITS + 1) / 2) {
            spans.addAll(PersonalNumbers.find(rest));
        }
        spans.addAll(SpeltDigits.find(rest));
        if (digits >= NumberFragments.PART) {
            // parts of a number sent in two messages: found where nothing else was
            String left = masked(rest, spans);
            spans.addAll(NumberFragments.find(left));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static String masked(String text, List<Span> spans) {
        char[] chars = text.toCharArray();
        for (Span span : spans) {
            java.util.Arrays.fill(chars, span.start(), span.end(), 'x');
        }
        return new String(chars);
    }

    /**
     * Cheap pre-check: the digits in the text. Half the fewest will do: a number disguised with letters for
     * digits ("327lO115O59OOOO9") has at least as many digits as letters.
     */
    static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }
}
