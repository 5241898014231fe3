package id.sigap.privacy;

import id.sigap.privacy.Redactor.Kind;

import java.util.Set;

/**
 * What a string of digits is: a mobile number, a NIK/KK number, a payment card number, or none of them. The
 * evidence asked for depends on how the digits were written: in one piece or grouped the usual way (spaces,
 * dots, dashes), any 16 digits are taken for a NIK or a card, as they always were; grouped in a way nobody
 * writes an ordinary number ("3271 / 0115 / 0590 / 0003", "4111 – 1111 ...") or read from words, a NIK must
 * carry a province code and a birth date where Dukcapil puts them and a card a known issuer's first digits and
 * its check digit, so that a list of years or of dates is not taken for one.
 */
final class NumberRules {

    /** Province codes that open a NIK or KK number (Dukcapil). */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
            61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97);

    private NumberRules() {
    }

    /**
     * @param digits ASCII digits only
     * @param plus   a '+' was written before them
     * @param loose  written with separators no ordinary number uses, or in words: full evidence is asked for
     */
    static Kind classify(String digits, boolean plus, boolean loose) {
        int n = digits.length();
        if (isPhone(digits, plus)) {
            return Kind.TELEPON;
        }
        if (plus) {
            return null;
        }
        if (n == 16) {
            if (looksLikeNik(digits)) {
                return Kind.NIK;
            }
            if (luhn(digits) && (!loose || knownIssuer(digits))) {
                return Kind.KARTU;
            }
            return !loose && PROVINCES.contains(twoDigits(digits, 0)) ? Kind.NIK : null;
        }
        return n >= 13 && n <= 19 && luhn(digits) && knownIssuer(digits) ? Kind.KARTU : null;
    }

    /**
     * Mobile numbers 08xx, 628xx and +628xx; fixed lines written with the +62 country code; the trunk zero kept
     * after the country code ("+62 0812 ...") and the international prefix 00 ("0062 812 ...").
     */
    static boolean isPhone(String digits, boolean plus) {
        int n = digits.length();
        if (digits.startsWith("08")) {
            return !plus && n >= 10 && n <= 13;
        }
        if (digits.startsWith("628")) {
            return n >= 11 && n <= 14;
        }
        if (digits.startsWith("6208")) {
            return n >= 12 && n <= 15;
        }
        if (digits.startsWith("00628")) {
            return !plus && n >= 13 && n <= 16;
        }
        if (plus && digits.startsWith("62")) {
            return n >= 9 && n <= 13;
        }
        return false;
    }

    /** Province code, then a birth date (day + 40 for women) and month in the places Dukcapil puts them. */
    static boolean looksLikeNik(String digits) {
        if (digits.length() != 16) {
            return false;
        }
        int day = twoDigits(digits, 6);
        int month = twoDigits(digits, 8);
        boolean validDay = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
        return PROVINCES.contains(twoDigits(digits, 0)) && validDay && month >= 1 && month <= 12;
    }

    /**
     * The first digits of the card schemes in use in Indonesia: Visa 4, Mastercard 51-55 and 2221-2720, American
     * Express 34 and 37, JCB 35, Diners 36 and 38, Discover and UnionPay 6, GPN debit cards 9360.
     */
    static boolean knownIssuer(String digits) {
        char first = digits.charAt(0);
        if (first == '4' || first == '6') {
            return true;
        }
        int two = twoDigits(digits, 0);
        if (first == '5') {
            return two >= 51 && two <= 55;
        }
        if (first == '3') {
            return two >= 34 && two <= 38;
        }
        if (first == '2') {
            int four = Integer.parseInt(digits.substring(0, 4));
            return four >= 2221 && four <= 2720;
        }
        return digits.startsWith("9360");
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

    private static int twoDigits(String digits, int at) {
        return (digits.charAt(at) - '0') * 10 + (digits.charAt(at + 1) - '0');
    }
}
