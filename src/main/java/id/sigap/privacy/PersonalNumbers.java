package id.sigap.privacy;

import id.sigap.privacy.Redactor.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds NIK/KK, phone and card numbers however their digits are grouped. The text is read as groups of digits
 * (any script's decimal digits: "３２７１", "٠٨١٢"; in a token of digits and nothing else, O and o are read as 0 and
 * l and I as 1: "327lO115O59OOOO9") and the separators between them. Groups joined by a short separator make a
 * chain, and each chain is covered by as many personal numbers as it holds (fewest, when there are ways to
 * cover it as fully), so that two numbers written next to each other are each found.
 *
 * <p>Separators are <em>tight</em> (one or two of space, dot, dash, parentheses: how numbers are usually
 * grouped) or <em>loose</em> (a spaced dash, slash, underscore, comma, en or em dash, several spaces, a tab, a
 * line break, emoji): a number written loosely must carry full evidence ({@link NumberRules}). Three shapes
 * are never part of a personal number: amounts ("1.500.000"), dates ("12-05-2026", "2026/05/12") and times
 * ("14.30"), each written with one separator throughout and standing alone; and a group after the first has
 * at least three digits unless the whole is a NIK by its province and birth date ("32.01.01.120390.0001").
 * A run of 17 or more digits with no separator that is not a card is read as numbers run together
 * ("3271011505900035081234567035": a NIK, then a phone number) when they make up all of it but a stray digit.
 * Every loop is bounded by the text's length times at most 19 (the longest number), so a hostile text costs
 * time in proportion to its length.
 */
final class PersonalNumbers {

    /** The longest personal number in digits (a card). */
    private static final int LONGEST = 19;
    /** Longer runs with no separator are read as several numbers. */
    private static final int RUN_TOGETHER = 17;
    /** Digits a run-together number may have besides the personal numbers it is read as. */
    private static final int STRAY = 1;
    /** Also the invisible joiners (zero-width space and joiners, word joiner, BOM): "3271\u200b0115\u200b...". */
    private static final String TIGHT = " .-()\u00a0\u200b\u200c\u200d\u2060\ufeff";
    private static final String LOOSE = " .-()\u00a0\u200b\u200c\u200d\u2060\ufeff/_,\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00b7\u2022\t\n\r";

    private record Group(int start, int end, String digits, boolean plus) {
    }

    private enum Join { TIGHT, LOOSE, NONE }

    private PersonalNumbers() {
    }

    static List<Redactor.Span> find(String text) {
        List<Redactor.Span> found = new ArrayList<>();
        List<Group> groups = groups(text);
        List<Group> chain = new ArrayList<>();
        List<Join> joins = new ArrayList<>();
        boolean[] plain = plainShapes(text, groups);
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (plain[i]) {
                cover(text, chain, joins, found);
                continue;
            }
            Join join = chain.isEmpty() ? Join.NONE : join(text, chain.getLast().end(), g.start());
            if (!chain.isEmpty() && (join == Join.NONE || g.plus())) {
                cover(text, chain, joins, found);
                join = Join.NONE;
            }
            if (!chain.isEmpty()) {
                joins.add(join);
            }
            chain.add(g);
        }
        cover(text, chain, joins, found);
        return found;
    }

    /**
     * Maximal runs of digits. A token (letters and digits between other characters) made only of digits and the
     * letters O, o, l and I, with at least three real digits and no more look-alikes than digits, is read whole.
     */
    private static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int tokenEnd = i;
            int real = 0;
            int alike = 0;
            boolean onlyDigitLike = true;
            while (tokenEnd < n) {
                int c = text.codePointAt(tokenEnd);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                if (Character.isDigit(c)) {
                    real++;
                } else if (lookAlike(c) >= 0) {
                    alike++;
                } else {
                    onlyDigitLike = false;
                }
                tokenEnd += Character.charCount(c);
            }
            boolean disguised = onlyDigitLike && alike > 0 && real >= 3 && real >= alike;
            int start = -1;
            for (int k = i; k < tokenEnd; ) {
                int c = text.codePointAt(k);
                int value = Character.isDigit(c) ? Character.digit(c, 10) : disguised ? lookAlike(c) : -1;
                if (value >= 0) {
                    if (start < 0) {
                        start = k;
                        digits.setLength(0);
                    }
                    digits.append((char) ('0' + value));
                } else if (start >= 0) {
                    groups.add(group(text, start, k, digits));
                    start = -1;
                }
                k += Character.charCount(c);
            }
            if (start >= 0) {
                groups.add(group(text, start, tokenEnd, digits));
            }
            i = tokenEnd;
        }
        return groups;
    }

    private static Group group(String text, int start, int end, CharSequence digits) {
        boolean plus = start > 0 && text.charAt(start - 1) == '+';
        return new Group(plus ? start - 1 : start, end, digits.toString(), plus);
    }

    private static int lookAlike(int cp) {
        return switch (cp) {
            case 'O', 'o' -> 0;
            case 'l', 'I' -> 1;
            default -> -1;
        };
    }

    /** How two groups are joined by the text between them. */
    private static Join join(String text, int from, int to) {
        int length = to - from;
        if (length <= 0 || length > 10) {
            return Join.NONE;
        }
        boolean tight = length <= 2;
        int marks = 0;
        int spaces = 0;
        int breaks = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            tight &= TIGHT.indexOf(cp) >= 0;
            if (cp == ' ' || cp == '\t' || cp == '\u00a0' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                spaces++;
            } else if (cp == '\n' || cp == '\r') {
                breaks++;
            } else if (LOOSE.indexOf(cp) >= 0 || emoji(cp)) {
                marks++;
            } else if (cp != 0xFE0F && cp != 0x200D) { // variation selector and joiner inside an emoji
                return Join.NONE;
            }
        }
        if (marks > 3 || spaces > 4 || breaks > 2) {
            return Join.NONE;
        }
        return tight ? Join.TIGHT : Join.LOOSE;
    }

    private static boolean emoji(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL;
    }

    /**
     * Groups that belong to an amount, a date or a time: a maximal run of groups joined by one and the same
     * one-character separator, shaped like one of them.
     */
    private static boolean[] plainShapes(String text, List<Group> groups) {
        boolean[] plain = new boolean[groups.size()];
        int i = 0;
        while (i < groups.size()) {
            char separator = separator(text, groups, i);
            int j = i;
            while (j + 1 < groups.size() && separator != 0 && separator(text, groups, j) == separator) {
                j++;
            }
            if (j > i && plainShape(groups.subList(i, j + 1), separator)) {
                for (int k = i; k <= j; k++) {
                    plain[k] = true;
                }
            }
            i = j + 1;
        }
        return plain;
    }

    /** The one-character separator between group i and the next, or 0. */
    private static char separator(String text, List<Group> groups, int i) {
        if (i + 1 >= groups.size()) {
            return 0;
        }
        Group next = groups.get(i + 1);
        int from = groups.get(i).end();
        if (next.plus() || next.start() - from != 1) {
            return 0;
        }
        char c = text.charAt(from);
        return c == '.' || c == ',' || c == '-' || c == '/' ? c : 0;
    }

    private static boolean plainShape(List<Group> run, char separator) {
        if (run.getFirst().plus()) {
            return false;
        }
        int[] lengths = run.stream().mapToInt(g -> g.digits().length()).toArray();
        String first = run.getFirst().digits();
        if ((separator == '.' || separator == ',') && lengths[0] <= 3 && first.charAt(0) != '0'
                && run.stream().skip(1).allMatch(g -> g.digits().length() == 3)) {
            return true; // 1.500.000, 2,345
        }
        if (run.size() == 2 && separator == '.' && lengths[0] <= 2 && lengths[1] == 2) {
            return value(run.get(0)) <= 24 && value(run.get(1)) <= 59; // 14.30
        }
        if (run.size() == 3 && separator != ',') {
            if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)) {
                int a = value(run.get(0));
                int b = value(run.get(1));
                return a >= 1 && b >= 1 && (a <= 31 && b <= 12 || a <= 12 && b <= 31); // 12-05-2026, 05/12/26
            }
            if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
                return value(run.get(1)) >= 1 && value(run.get(1)) <= 12 && value(run.get(2)) >= 1
                        && value(run.get(2)) <= 31; // 2026-05-12
            }
        }
        return false;
    }

    private static int value(Group g) {
        return Integer.parseInt(g.digits());
    }

    /** Covers one chain with the personal numbers it holds, then empties it. */
    private static void cover(String text, List<Group> chain, List<Join> joins, List<Redactor.Span> found) {
        if (chain.isEmpty()) {
            return;
        }
        int k = chain.size();
        // cost[i]: digits left uncovered from group i on; parts[i]: numbers found from group i on
        int[] cost = new int[k + 1];
        int[] parts = new int[k + 1];
        int[] next = new int[k + 1];
        Kind[] kinds = new Kind[k + 1];
        List<List<Redactor.Span>> inner = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            inner.add(List.of());
        }
        for (int i = k - 1; i >= 0; i--) {
            Group g = chain.get(i);
            cost[i] = g.digits().length() + cost[i + 1];
            parts[i] = parts[i + 1];
            next[i] = i + 1;
            int digits = 0;
            for (int j = i; j < k && (digits += chain.get(j).digits().length()) <= LONGEST; j++) {
                Kind kind = classify(chain, joins, i, j);
                if (kind != null && (cost[j + 1] < cost[i] || cost[j + 1] == cost[i] && parts[j + 1] + 1 < parts[i])) {
                    cost[i] = cost[j + 1];
                    parts[i] = parts[j + 1] + 1;
                    next[i] = j + 1;
                    kinds[i] = kind;
                }
            }
            if (kinds[i] == null && g.digits().length() >= RUN_TOGETHER) {
                List<Redactor.Span> spans = runTogether(g);
                if (!spans.isEmpty()) {
                    inner.set(i, spans);
                    cost[i] = cost[i + 1];
                    parts[i] = spans.size() + parts[i + 1];
                }
            }
        }
        for (int i = 0; i < k; i = next[i]) {
            if (kinds[i] != null) {
                found.add(span(text, chain.get(i).start(), chain.get(next[i] - 1).end(), kinds[i]));
            } else {
                found.addAll(inner.get(i));
            }
        }
        chain.clear();
        joins.clear();
    }

    /** A "(" opening the number goes with it when the number holds the ")" that closes it. */
    private static Redactor.Span span(String text, int start, int end, Kind kind) {
        if (start > 0 && text.charAt(start - 1) == '(' && text.substring(start, end).indexOf(')') >= 0) {
            start--;
        }
        return new Redactor.Span(start, end, kind);
    }

    /** What groups i..j of a chain are together, or null. */
    private static Kind classify(List<Group> chain, List<Join> joins, int i, int j) {
        StringBuilder digits = new StringBuilder();
        boolean loose = false;
        boolean shaped = true;
        boolean years = j > i;
        for (int g = i; g <= j; g++) {
            String d = chain.get(g).digits();
            digits.append(d);
            years &= d.length() == 4 && (d.startsWith("19") || d.startsWith("20"));
            if (g > i) {
                loose |= joins.get(g - 1) == Join.LOOSE;
                shaped &= d.length() >= 3;
            }
        }
        if (digits.length() < 9 || years) {
            return null;
        }
        Kind kind = NumberRules.classify(digits.toString(), chain.get(i).plus(), loose);
        return shaped || kind == Kind.NIK && NumberRules.looksLikeNik(digits.toString()) ? kind : null;
    }

    /**
     * Numbers run together in one group: covered by phone numbers and NIKs (with province and birth date), as
     * many digits as possible; kept only when at most {@value #STRAY} digit is left over (a digit typed too
     * many), since a long reference number holds a NIK-like stretch by chance (about 3 in 100 for each place one
     * may start). Cards are not looked for here: their check digit holds by chance in one stretch of ten.
     */
    private static List<Redactor.Span> runTogether(Group g) {
        String d = g.digits();
        int n = d.length();
        int offset = g.plus() ? 1 : 0;
        int[] cost = new int[n + 1];
        int[] next = new int[n + 1];
        Kind[] kinds = new Kind[n + 1];
        for (int p = n - 1; p >= 0; p--) {
            cost[p] = 1 + cost[p + 1];
            next[p] = p + 1;
            for (int length = 10; length <= 16 && p + length <= n; length++) {
                String piece = d.substring(p, p + length);
                Kind kind = NumberRules.isPhone(piece, false) ? Kind.TELEPON
                        : NumberRules.looksLikeNik(piece) ? Kind.NIK : null;
                if (kind != null && cost[p + length] < cost[p]) {
                    cost[p] = cost[p + length];
                    next[p] = p + length;
                    kinds[p] = kind;
                }
            }
        }
        // Digits and offsets match one to one only for ASCII digits; other scripts take the whole group.
        boolean ascii = g.end() - g.start() - offset == n;
        List<Redactor.Span> spans = new ArrayList<>();
        for (int p = 0; p < n; p = next[p]) {
            if (kinds[p] != null) {
                spans.add(ascii ? new Redactor.Span(g.start() + offset + p, g.start() + offset + next[p], kinds[p])
                        : new Redactor.Span(g.start(), g.end(), kinds[p]));
            }
        }
        if (cost[0] > STRAY) {
            return List.of();
        }
        return !ascii && spans.size() > 1 ? List.of(spans.getFirst()) : spans;
    }
}
