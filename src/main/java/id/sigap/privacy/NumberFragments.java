package id.sigap.privacy;

import id.sigap.privacy.Redactor.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a personal number that {@link PersonalNumbers} cannot know as one, because a citizen sent the number in two
 * messages ("nik sy 3271 0115" and then "0590 0002"), or mistyped it:
 * <ul>
 *   <li>digits after the name of an identity number ("NIK", "KTP", "no KK", "nomor induk", "kartu keluarga"), six or
 *       more, however many: the first part, or a number with a digit too few or too many;</li>
 *   <li>a text that is a number and nothing else, six to twenty digits: the second part (or a code, a phone number
 *       cut short), unless it is written as an amount or a date.</li>
 * </ul>
 * Every text the redactor is given is a message or a field of one; ids the application makes carry a letter ("B12",
 * "N1K2"), so a text of digits alone is a citizen's. Found after addresses and whole numbers, never across them.
 */
final class NumberFragments {

    /** Fewer digits than this are no part worth hiding (a house number, a year, a choice typed as "2"). */
    private static final int FEWEST = 6;
    private static final int MOST = 20;
    /**
     * After a phone's or a card's name, a first part may be as short as this ("wa 0857", "kartu 4539"); no part has
     * fewer digits, so the redactor looks for parts only in a text with this many.
     */
    static final int PART = 4;

    /** Between a number's name and its digits: words of the writer's, and marks or emoji ("nik saya 🪪 3271 0115"). */
    private static final String GAP = "(?:\\s+(?:saya|sy|aku|ku|ibu|ibuku|bapak|ayah|anak|suami|istri|adik|kakak|nya|"
            + "adalah|yaitu|yakni|is|my|no|nomor|nmr|number|ya|yaa|pak|bu|min|kak))*[^\\p{L}\\p{Nd}]{0,8}?";
    private static final String DIGITS = "(?<digits>[+]?\\p{Nd}[\\p{Nd} .\\-\u200b\u200c\u200d\u2060\ufeff]*\\p{Nd})";
    /** Names of an identity or family-card number, of a phone number, of a bank card (alternatives of a pattern). */
    private static final String NIK_NAME = "nik|e-?ktp|ktp|(?:no(?:mor|mr)?|nmr)\\.? ?(?:kk|ktp|nik)|nomor induk(?: kependudukan)?"
            + "|kartu keluarga|(?:id|identity|identification|id card) number";
    private static final String PHONE_NAME = "hp|wa|whatsapp|telp|telpon|telepon|tlp|phone|mobile|handphone|ponsel";
    private static final String CARD_NAME = "kartu kredit|kartu debit|kartu atm|no(?:mor)?\\.? kartu|card number|credit card|debit card";
    /** Before a name: no letter or digit, so "nik" is not the end of "unik". */
    private static final String NAME_START = "(?iu)(?<![\\p{L}\\p{N}])";
    private static final Pattern AFTER_NAME = Pattern.compile(NAME_START + "(?:" + NIK_NAME + ")" + GAP + DIGITS);
    /** Bare "kk" is also "kakak": only with eight digits or more after it. */
    private static final Pattern AFTER_KK = Pattern.compile(NAME_START + "kk" + GAP + DIGITS);
    private static final Pattern AFTER_PHONE = Pattern.compile(NAME_START + "(?:" + PHONE_NAME + ")" + GAP + DIGITS);
    private static final Pattern AFTER_CARD = Pattern.compile(NAME_START + "(?:" + CARD_NAME + ")" + GAP + DIGITS);
    private static final Pattern ONLY_A_NUMBER = Pattern.compile(
            "(?u)^[^\\p{L}\\p{Nd}]*?(?<digits>\\+?\\p{Nd}[\\p{Nd} .\\-/_\u200b\u200c\u200d\u2060\ufeff]*\\p{Nd})[^\\p{L}\\p{Nd}]*$");
    /** A round amount typed alone ("150000", "2500000"): no part of a personal number ends in three zeros and more. */
    private static final Pattern ROUND = Pattern.compile("\\d*[1-9]000+");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+(?:,\\d{2})?");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    private static final Pattern MOBILE = Pattern.compile("\\+?(?:0|62)\\D?8.*");

    private NumberFragments() {
    }

    /**
     * A number's name at the very end, with nothing after it but marks ("nik saya:", "no hp", "kartu kredit saya"); not
     * "kk" alone, which ends "makasih kk" (kakak) far more often than it names a family card.
     */
    private static final Pattern NAME_AT_END = Pattern.compile(NAME_START + "(?:(?<nik>" + NIK_NAME + ")|(?<phone>"
            + PHONE_NAME + "|phone number|nomor hp|no hp)|(?<card>" + CARD_NAME + "))" + GAP + "$");
    /** A run of digits however grouped (a first part left a continuation for the next message to finish). */
    private static final Pattern RUN = Pattern.compile("(?u)" + DIGITS);
    /** A time ("08.00") or a year ("2026") is no rest of a number, nor a date written in full ("15052026"). */
    private static final Pattern TIME_OR_YEAR = Pattern.compile("\\d{1,2}[.:]\\d{2}|(?:19|20)\\d\\d");
    /** A date typed alone with no separator, day, month and a four-digit year ("15052026"). */
    private static final Pattern DATE_RUN = Pattern.compile("(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\\d\\d");
    /** Digits a run must have to be read as the rest of a number. */
    private static final int REST = 4;

    static java.util.Optional<Kind> nameAtEnd(String text) {
        Matcher m = NAME_AT_END.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group("nik") != null ? Kind.NIK : m.group("phone") != null ? Kind.TELEPON : Kind.KARTU);
    }

    /** Whether {@code span} of {@code text} holds fewer digits than a whole number of its kind: a part. */
    static boolean isPart(String text, Redactor.Span span) {
        int digits = Redactor.digits(text.substring(span.start(), span.end()));
        return switch (span.kind()) {
            case NIK -> digits < 16;
            case TELEPON -> digits < 10;
            case KARTU -> digits < 13;
            case EMAIL -> false;
        };
    }

    /** {@code text} with every run of {@link #REST} digits or more replaced by {@code placeholder}. */
    static String runs(String text, String placeholder) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            if (Redactor.digits(m.group()) >= REST && !TIME_OR_YEAR.matcher(m.group()).matches()) {
                out.append(text, copied, m.start()).append(placeholder);
                copied = m.end();
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The parts in {@code text}, whose addresses and whole numbers are already masked out. */
    static List<Redactor.Span> find(String text) {
        List<Redactor.Span> found = new ArrayList<>();
        Matcher only = ONLY_A_NUMBER.matcher(text);
        if (only.find()) {
            String number = only.group("digits");
            if (between(number) && !AMOUNT.matcher(number).matches() && !DATE.matcher(number).matches()
                    && !ROUND.matcher(number).matches() && !DATE_RUN.matcher(number).matches()) {
                Kind kind = MOBILE.matcher(number).matches() ? Kind.TELEPON : Kind.NIK;
                found.add(new Redactor.Span(only.start("digits"), only.end("digits"), kind));
            }
            return found;
        }
        after(AFTER_NAME, text, FEWEST, Kind.NIK, found);
        after(AFTER_KK, text, 8, Kind.NIK, found);
        after(AFTER_PHONE, text, PART, Kind.TELEPON, found);
        after(AFTER_CARD, text, PART, Kind.KARTU, found);
        found.sort(java.util.Comparator.comparingInt(Redactor.Span::start));
        List<Redactor.Span> apart = new ArrayList<>();
        for (Redactor.Span span : found) {
            if (apart.isEmpty() || span.start() >= apart.getLast().end()) {
                apart.add(span);
            }
        }
        return apart;
    }

    /** The digits after a name found by {@code name}, when there are {@code fewest} to {@link #MOST} of them. */
    private static void after(Pattern name, String text, int fewest, Kind kind, List<Redactor.Span> found) {
        Matcher m = name.matcher(text);
        while (m.find()) {
            if (between(Redactor.digits(m.group("digits")), fewest)) {
                found.add(new Redactor.Span(m.start("digits"), m.end("digits"), kind));
            }
        }
    }

    private static boolean between(String number) {
        return between(Redactor.digits(number), FEWEST);
    }

    private static boolean between(int digits, int fewest) {
        return digits >= fewest && digits <= MOST;
    }

}
