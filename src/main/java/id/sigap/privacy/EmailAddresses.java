package id.sigap.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, also as people write them to keep them from machines or by a slip of the thumb:
 * spaces around the {@code @} ("rina03 @ yahoo.co.id"), {@code [at]}, {@code (at)} and {@code [dot]},
 * {@code (dot)} ("siti.aminah02 [at] gmail [dot] com"), the bare words "at" and "dot"
 * ("rudi.hartono at gmail dot com"), and a mail provider's name with no domain after it ("budi@gmail").
 *
 * <p>The bare word "at" is ordinary English ("the form is available at lapor.go.id"), so it makes an address
 * only with more evidence: the dots also written as words, a mail provider's domain, or a user name with a
 * dot, underscore or digit in it; and the address must end in a known top-level domain. Every part has a
 * bounded length, so no input makes the patterns backtrack for long.
 */
final class EmailAddresses {

    private static final String LOCAL = "[\\p{L}\\p{N}._%+\\-]{1,64}";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?";
    /** The at sign, or "at" in brackets, or the bare word. */
    private static final String AT = "(?<at>[ \\t]{0,2}@[ \\t]{0,2}|[ \\t]{0,2}[\\[({<][ \\t]?(?i:at)[ \\t]?[\\])}>][ \\t]{0,2}"
            + "|[ \\t]{1,2}(?i:at)[ \\t]{1,2})";
    private static final String DOT = "(?:\\.|[ \\t]{0,2}[\\[({<][ \\t]?(?i:dot|titik)[ \\t]?[\\])}>][ \\t]{0,2}"
            + "|[ \\t]{1,2}(?i:dot|titik)[ \\t]{1,2})";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}._%+\\-])(?<local>" + LOCAL + ")" + AT
            + "(?<domain>" + LABEL + "(?:" + DOT + LABEL + "){0,5})(?![\\p{L}\\p{N}@])");
    private static final Pattern WORD_DOT = Pattern.compile("[ \\t\\[({<](?i:dot|titik)[ \\t\\])}>]");
    private static final Pattern DOT_SPLIT = Pattern.compile(DOT);

    /** Domains of the mail services citizens use, which make an address even without ".com" after them. */
    private static final Set<String> PROVIDERS = Set.of("gmail", "googlemail", "yahoo", "ymail", "rocketmail",
            "hotmail", "outlook", "live", "msn", "icloud", "me", "aol", "proton", "protonmail", "pm", "yandex", "zoho",
            "gmx", "mail", "email", "telkom", "plasa");
    /** Top-level domains (and the second-level ones of .id) an address may end in. */
    private static final Set<String> TOP_LEVEL = Set.of("com", "net", "org", "id", "co", "go", "ac", "sch", "or",
            "web", "my", "biz", "info", "edu", "gov", "mil", "io", "me", "xyz", "us", "uk", "sg", "au", "jp", "cn",
            "in", "de", "nl", "ch", "ru", "app", "dev", "online", "site", "desa", "ponpes");

    private EmailAddresses() {
    }

    static List<Redactor.Span> find(String text) {
        if (!mayHoldOne(text)) {
            return List.of();
        }
        List<Redactor.Span> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            if (isAddress(m.group("local"), m.group("at"), m.group("domain"))) {
                found.add(new Redactor.Span(m.start(), m.end(), Redactor.Kind.EMAIL));
            }
        }
        return found;
    }

    /** Cheap pre-check: an at sign, or the word "at" somewhere. */
    private static boolean mayHoldOne(String text) {
        if (text.indexOf('@') >= 0) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains(" at ") || lower.contains(" at\t") || lower.contains("[at") || lower.contains("(at")
                || lower.contains("{at") || lower.contains("<at");
    }

    private static boolean isAddress(String local, String at, String domain) {
        String[] labels = DOT_SPLIT.split(domain);
        String first = labels[0].toLowerCase(Locale.ROOT);
        String last = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        boolean dotted = labels.length > 1;
        boolean topLevel = dotted && TOP_LEVEL.contains(last) && last.chars().allMatch(Character::isLetter);
        String sign = at.strip();
        if (sign.equals("@")) {
            // as before: any domain with a top level of letters; a provider's name alone is enough too ("budi@gmail",
            // and "rina03 @ yahoo" as older builds normalised "rina03 @ yahoo.co.id")
            return dotted ? last.length() >= 2 && last.chars().allMatch(Character::isLetter) : PROVIDERS.contains(first);
        }
        if (!sign.equalsIgnoreCase("at")) {
            // "[at]", "(at)": written so on purpose
            return topLevel || !dotted && PROVIDERS.contains(first);
        }
        if (!topLevel) {
            return false;
        }
        boolean dotsInWords = WORD_DOT.matcher(domain).find();
        boolean userName = local.chars().anyMatch(c -> c == '.' || c == '_' || Character.isDigit(c));
        return dotsInWords || PROVIDERS.contains(first) || userName && local.length() >= 3;
    }
}
