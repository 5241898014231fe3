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

    private static final Pattern AFTER_NAME = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:nik|e-?ktp|ktp|(?:no(?:mor|mr)?|nmr)\\.? ?(?:kk|ktp|nik)|nomor induk(?: kependudukan)?"
                    + "|kartu keluarga)(?:\\s+(?:saya|sy|aku|ku|ibu|ibuku|bapak|ayah|anak|suami|istri|adik|kakak|nya|"
                    + "adalah|yaitu|yakni|is|my|no|nomor|nmr))*\\s*[:=.\\-]?\\s*(?<digits>\\d[\\d .\\-]*\\d)");
    private static final Pattern ONLY_A_NUMBER = Pattern.compile(
            "^[\\s\\p{Punct}]*?(?<digits>\\+?\\d[\\d .\\-/_]*\\d)[\\s.!?,]*$");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+(?:,\\d{2})?");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    private static final Pattern MOBILE = Pattern.compile("\\+?(?:0|62)\\D?8.*");

    private NumberFragments() {
    }

    /** The parts in {@code text}, whose addresses and whole numbers are already masked out. */
    static List<Redactor.Span> find(String text) {
        List<Redactor.Span> found = new ArrayList<>();
        Matcher only = ONLY_A_NUMBER.matcher(text);
        if (only.find()) {
            String number = only.group("digits");
            if (between(number) && !AMOUNT.matcher(number).matches() && !DATE.matcher(number).matches()) {
                Kind kind = MOBILE.matcher(number).matches() ? Kind.TELEPON : Kind.NIK;
                found.add(new Redactor.Span(only.start("digits"), only.end("digits"), kind));
            }
            return found;
        }
        Matcher named = AFTER_NAME.matcher(text);
        while (named.find()) {
            if (between(named.group("digits"))) {
                found.add(new Redactor.Span(named.start("digits"), named.end("digits"), Kind.NIK));
            }
        }
        return found;
    }

    private static boolean between(String number) {
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            if (Character.isDigit(number.charAt(i))) {
                digits++;
            }
        }
        return digits >= FEWEST && digits <= MOST;
    }
}
