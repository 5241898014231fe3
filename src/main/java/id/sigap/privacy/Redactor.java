package id.sigap.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in a citizen's text with placeholders before it is stored, logged or sent to
 * a language model: NIK and KK numbers ({@code [NIK]}), Indonesian phone numbers ({@code [TELEPON]}),
 * e-mail addresses ({@code [EMAIL]}) and payment card numbers ({@code [KARTU]}).
 *
 * <p>Numbers are found as runs of digits that may be grouped with spaces, dots, dashes or
 * parentheses ("3171 0123 4567 8901", "0812-3456-7890", "+62 812 3456 7890"). A run is classified
 * as a whole; when it is not personal data as a whole (two numbers written next to each other), its
 * groups are tried from the left, shortest match first, so that each number inside is still found. Thread-safe and
 * stateless; patterns are compiled once.
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

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");

    /** A run of digits, optionally after a '+', with at most two separators between digits. */
    private static final Pattern NUMBER_RUN = Pattern.compile(
            "(?<!\\d)\\+?\\d(?:[ .\\-()\\u00a0]{0,2}\\d)*");

    private static final Pattern GROUP_SPLIT = Pattern.compile("[ .\\-()\\u00a0]+");

    /** Province codes that open a NIK or KK number (Dukcapil). */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
            61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97);

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
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        String withoutEmail = text;
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            if (email.find()) {
                kinds.add(Kind.EMAIL);
                withoutEmail = email.replaceAll(Matcher.quoteReplacement(Kind.EMAIL.placeholder()));
            }
        }
        if (!hasLongDigitRun(withoutEmail)) {
            return new Redacted(withoutEmail, kinds);
        }
        Matcher run = NUMBER_RUN.matcher(withoutEmail);
        StringBuilder out = new StringBuilder(withoutEmail.length());
        int last = 0;
        while (run.find()) {
            out.append(withoutEmail, last, run.start());
            out.append(redactRun(run.group(), kinds));
            last = run.end();
        }
        out.append(withoutEmail, last, withoutEmail.length());
        return new Redacted(out.toString(), kinds);
    }

    /** True when the text still contains something this redactor would replace. */
    public static boolean containsPersonalData(String text) {
        return !redactDetailed(text).kinds().isEmpty();
    }

    /** Cheap pre-check: no personal number has fewer than 9 digits. */
    private static boolean hasLongDigitRun(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                if (++digits >= 9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Redacts one run of grouped digits: as a whole when possible, else group by group from the left. */
    private static String redactRun(String run, Set<Kind> kinds) {
        Kind whole = classify(run);
        if (whole != null) {
            kinds.add(whole);
            return whole.placeholder();
        }
        List<int[]> groups = groups(run);
        if (groups.size() < 2) {
            return run;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < groups.size()) {
            int matchedEnd = -1;
            Kind matched = null;
            // Shortest first: "0812 3456 7890 3171 0123 4567 8901" is a phone number, then a NIK.
            for (int j = i; j < groups.size(); j++) {
                Kind kind = classify(run.substring(groups.get(i)[0], groups.get(j)[1]));
                if (kind != null) {
                    matched = kind;
                    matchedEnd = j;
                    break;
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            kinds.add(matched);
            out.append(run, copied, groups.get(i)[0]).append(matched.placeholder());
            copied = groups.get(matchedEnd)[1];
            i = matchedEnd + 1;
        }
        out.append(run, copied, run.length());
        return out.toString();
    }

    /** Start and end offsets of each group of digits (a leading '+' belongs to its group). */
    private static List<int[]> groups(String run) {
        List<int[]> groups = new ArrayList<>();
        Matcher sep = GROUP_SPLIT.matcher(run);
        int start = 0;
        while (sep.find()) {
            if (sep.start() > start) {
                groups.add(new int[]{start, sep.start()});
            }
            start = sep.end();
        }
        if (start < run.length()) {
            groups.add(new int[]{start, run.length()});
        }
        return groups;
    }

    /** What a run of digits is, or null when it is not personal data. */
    static Kind classify(String run) {
        boolean plus = run.indexOf('+') >= 0;
        StringBuilder digitsOnly = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= '0' && c <= '9') {
                digitsOnly.append(c);
            }
        }
        String digits = digitsOnly.toString();
        int n = digits.length();
        if (isPhone(digits, plus)) {
            return Kind.TELEPON;
        }
        if (plus) {
            return null;
        }
        if (n == 16 && (looksLikeNik(digits) || !luhn(digits))) {
            return Kind.NIK;
        }
        if (n >= 13 && n <= 19 && luhn(digits)) {
            return Kind.KARTU;
        }
        return null;
    }

    /** Mobile numbers 08xx / 628xx / +628xx, and fixed lines written with the +62 country code. */
    private static boolean isPhone(String digits, boolean plus) {
        int n = digits.length();
        if (digits.startsWith("08")) {
            return !plus && n >= 10 && n <= 13;
        }
        if (digits.startsWith("628")) {
            return n >= 11 && n <= 14;
        }
        if (plus && digits.startsWith("62")) {
            return n >= 9 && n <= 13;
        }
        return false;
    }

    /** Province code, then a birth date (day + 40 for women) and month in the places Dukcapil puts them. */
    private static boolean looksLikeNik(String digits) {
        int province = Integer.parseInt(digits.substring(0, 2));
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        boolean validDay = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
        return PROVINCES.contains(province) && validDay && month >= 1 && month <= 12;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
