package id.sigap.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links, domains, e-mail addresses and handles in a canonical text, also when they are disguised
 * ("bansos[.]xyz", "bansos dot xyz", "hxxps://", "admin(at)mail.com"). A phone number is a number and
 * is left to {@link NumberRule}.
 */
final class Links {

    /** What kind of address. */
    enum Kind { WEB, EMAIL, HANDLE }

    /**
     * One address.
     *
     * @param host the domain (without "www."), the e-mail address, or the handle with its "@"
     * @param path the path of a web address without a trailing slash; empty when none
     */
    record Link(Kind kind, String host, String path) {

        @Override
        public String toString() {
            return host + path;
        }
    }

    private static final String TLDS = "(?:com|net|org|id|xyz|info|site|online|me|co|go|top|link|ly|io|biz|app|"
            + "click|shop|store|live|club|vip|pro|icu|cc|tk|ml|ga|cf|gq|sh|gl|to|ws|in|us|uk|my|sg|ru|cn)";
    private static final Pattern BRACKETED_DOT = Pattern.compile("\\s*[\\[({]\\s*(?:\\.|dot|titik)\\s*[\\])}]\\s*");
    private static final Pattern BRACKETED_AT = Pattern.compile("\\s*[\\[({]\\s*(?:@|at)\\s*[\\])}]\\s*");
    private static final Pattern SPOKEN_DOT = Pattern.compile("(?<=[a-z0-9])\\s+(?:dot|titik)\\s+(?=" + TLDS + "\\b)");
    private static final Pattern SPACED_DOT = Pattern.compile("(?<=[a-z0-9])\\s+\\.\\s*(?=" + TLDS + "\\b)|(?<=[a-z0-9])\\.\\s+(?=" + TLDS + "/)");
    private static final Pattern SPACED_SLASH = Pattern.compile("(?<=\\.[a-z]{2,6})\\s+/\\s*|\\s*/\\s+(?=[a-z0-9_])");
    private static final Pattern OBSCURED_SCHEME = Pattern.compile("\\bh[xt]{2}ps?\\s*:\\s*/\\s*/\\s*");

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    /** A path ends before a sentence's closing punctuation: "…/relawan." is "…/relawan". */
    private static final String PATH = "(?:/(?:[^\\s)\\]>\"'<]*[^\\s)\\]>\"'<.,;:!?])?)";
    private static final Pattern URL = Pattern.compile("[a-z][a-z0-9+.-]*://([^\\s/?#)\\]>\"'<]*[^\\s/?#)\\]>\"'<.,;:!?])(" + PATH + "?)");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![a-z0-9@._-])((?:[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\\.)+[a-z]{2,})(?![a-z0-9-])(" + PATH + ")?");
    private static final Pattern HANDLE = Pattern.compile("(?<![a-z0-9._%+-])@([a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?)");

    private Links() {
    }

    /** The text with disguised dots, at-signs and schemes written plainly. */
    static String undisguised(String canonical) {
        String t = OBSCURED_SCHEME.matcher(canonical).replaceAll("https://");
        t = BRACKETED_DOT.matcher(t).replaceAll(".");
        t = BRACKETED_AT.matcher(t).replaceAll("@");
        t = SPOKEN_DOT.matcher(t).replaceAll(".");
        t = SPACED_DOT.matcher(t).replaceAll(".");
        return SPACED_SLASH.matcher(t).replaceAll("/");
    }

    /** Every address in a canonical text. */
    static List<Link> find(String canonical) {
        List<Link> links = new ArrayList<>();
        String rest = undisguised(canonical);
        rest = take(EMAIL, rest, m -> links.add(new Link(Kind.EMAIL, m.group(), "")));
        rest = take(URL, rest, m -> links.add(web(m.group(1), m.group(2))));
        rest = take(DOMAIN, rest, m -> links.add(web(m.group(1), m.group(2) == null ? "" : m.group(2))));
        take(HANDLE, rest, m -> links.add(new Link(Kind.HANDLE, "@" + m.group(1), "")));
        return links;
    }

    /** The text without its addresses, so that their parts are not read as words or numbers. */
    static String without(String canonical) {
        String rest = undisguised(canonical);
        for (Pattern p : List.of(EMAIL, URL, DOMAIN, HANDLE)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    private static Link web(String host, String path) {
        String h = host.replaceAll("[.,;:!?]+$", "").replaceFirst("^www\\.", "").replaceFirst(":\\d+$", "");
        String p = path.replaceAll("[.,;:!?]+$", "").replaceAll("/+$", "");
        return new Link(Kind.WEB, h, p);
    }

    private static String take(Pattern pattern, String text, Consumer<Matcher> found) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            found.accept(m);
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return rest.toString();
    }
}
