package id.sigap.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number phrase — digits, Indonesian or English number words, or both ("lima juta tujuh ratus
 * ribu", "Rp5,7 juta", "twenty four", "kosong delapan satu satu") — into comparable keys: its value, or
 * for a run of single digits (a phone number read out) the digit string. Two phrases state the same
 * number when their keys meet. Written here because no library on the classpath reads Indonesian number
 * words.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("nol", 0), Map.entry("kosong", 0), Map.entry("satu", 1), Map.entry("dua", 2),
            Map.entry("tiga", 3), Map.entry("empat", 4), Map.entry("lima", 5), Map.entry("enam", 6),
            Map.entry("tujuh", 7), Map.entry("delapan", 8), Map.entry("sembilan", 9),
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9));

    /** Whole numbers below a hundred written as one word. */
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("sepuluh", 10), Map.entry("sebelas", 11), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("lusin", 12),
            Map.entry("ketiga", 3), Map.entry("keempat", 4), Map.entry("kelima", 5), Map.entry("keenam", 6),
            Map.entry("ketujuh", 7), Map.entry("kedelapan", 8), Map.entry("kesembilan", 9),
            Map.entry("kesepuluh", 10), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5));

    private static final Map<String, BigDecimal> FRACTIONS = Map.of("setengah", new BigDecimal("0.5"),
            "separuh", new BigDecimal("0.5"), "seperempat", new BigDecimal("0.25"), "half", new BigDecimal("0.5"),
            "quarter", new BigDecimal("0.25"));

    private static final Map<String, BigDecimal> LARGE = Map.ofEntries(
            Map.entry("ribu", BigDecimal.valueOf(1_000)), Map.entry("rb", BigDecimal.valueOf(1_000)),
            Map.entry("thousand", BigDecimal.valueOf(1_000)), Map.entry("juta", BigDecimal.valueOf(1_000_000)),
            Map.entry("jt", BigDecimal.valueOf(1_000_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("miliar", BigDecimal.valueOf(1_000_000_000)), Map.entry("milyar", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)), Map.entry("triliun", new BigDecimal("1000000000000")),
            Map.entry("trillion", new BigDecimal("1000000000000")));

    /** Large numbers with "se-" (one): seribu, sejuta. */
    private static final Map<String, String> ONE_OF = Map.of("seratus", "ratus", "seribu", "ribu", "sejuta", "juta",
            "semiliar", "miliar", "setriliun", "triliun");

    /** Round amounts without a figure ("ribuan warga"): they must be in the source as words. */
    private static final Set<String> ROUGH = Set.of("puluhan", "belasan", "ratusan", "ribuan", "jutaan", "miliaran",
            "dozens", "hundreds", "thousands", "millions");

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NumberWords() {
    }

    /** True for a word that is part of a number phrase (digits are recognised by the tokenizer). */
    static boolean isNumberWord(String word) {
        return UNITS.containsKey(word) || SMALL.containsKey(word) || FRACTIONS.containsKey(word)
                || LARGE.containsKey(word) || ONE_OF.containsKey(word) || ROUGH.contains(word)
                || word.equals("belas") || word.equals("puluh") || word.equals("ratus") || word.equals("hundred");
    }

    /** A multiplier word that only continues a phrase ("juta" alone after a word is not a number). */
    static boolean continuesOnly(String word) {
        return LARGE.containsKey(word) || word.equals("belas") || word.equals("puluh") || word.equals("ratus")
                || word.equals("hundred");
    }

    static boolean isDigits(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    /** The keys of a number phrase as an answer states it. */
    static Set<String> keys(List<String> phrase) {
        Set<String> keys = new LinkedHashSet<>();
        if (phrase.size() == 1 && isDigits(phrase.getFirst())) {
            keys.addAll(clusterKeys(phrase.getFirst()));
            return keys;
        }
        if (phrase.size() == 1 && ROUGH.contains(phrase.getFirst())) {
            keys.add("~" + phrase.getFirst());
            return keys;
        }
        if (isReadOutDigits(phrase)) {
            StringBuilder digits = new StringBuilder();
            for (String t : phrase) {
                digits.append(isDigits(t) ? t.replaceAll("\\D", "") : UNITS.getOrDefault(t, 0).toString());
            }
            keys.add(strip(digits.toString()));
            return keys;
        }
        BigDecimal value = value(phrase);
        if (value != null) {
            keys.add(value.stripTrailingZeros().toPlainString());
        } else {
            phrase.stream().filter(NumberWords::isDigits).forEach(t -> keys.addAll(clusterKeys(t)));
        }
        return keys;
    }

    /** The keys of a number phrase in a source: also every run of its digit groups, so "08.00–15.00" gives "0800". */
    static Set<String> sourceKeys(List<String> phrase) {
        Set<String> keys = new LinkedHashSet<>(keys(phrase));
        for (String t : phrase) {
            if (isDigits(t)) {
                List<String> groups = new ArrayList<>();
                Matcher m = DIGITS.matcher(t);
                while (m.find()) {
                    groups.add(m.group());
                }
                for (int from = 0; from < groups.size(); from++) {
                    StringBuilder joined = new StringBuilder();
                    for (int to = from; to < groups.size(); to++) {
                        joined.append(groups.get(to));
                        keys.add(strip(joined.toString()));
                    }
                }
                keys.addAll(clusterKeys(t));
            }
        }
        return keys;
    }

    /** Two single digits in a row ("nol delapan", "satu satu") read a number out digit by digit. */
    private static boolean isReadOutDigits(List<String> phrase) {
        for (int i = 1; i < phrase.size(); i++) {
            if (UNITS.containsKey(phrase.get(i)) && (UNITS.containsKey(phrase.get(i - 1))
                    || (isDigits(phrase.get(i - 1)) && phrase.get(i - 1).length() == 1))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> clusterKeys(String cluster) {
        Set<String> keys = new LinkedHashSet<>();
        if (DECIMAL_COMMA.matcher(cluster).matches()) {
            keys.add(new BigDecimal(cluster.replace(',', '.')).stripTrailingZeros().toPlainString());
            return keys;
        }
        if (THOUSANDS.matcher(cluster).matches()) {
            keys.add(new BigDecimal(cluster.replace(".", "").replace(',', '.')).stripTrailingZeros().toPlainString());
        }
        keys.add(strip(cluster.replaceAll("\\D", "")));
        return keys;
    }

    private static BigDecimal clusterValue(String cluster) {
        if (DECIMAL_COMMA.matcher(cluster).matches()) {
            return new BigDecimal(cluster.replace(',', '.'));
        }
        if (THOUSANDS.matcher(cluster).matches()) {
            return new BigDecimal(cluster.replace(".", "").replace(',', '.'));
        }
        String digits = cluster.replaceAll("\\D", "");
        return digits.isEmpty() ? null : new BigDecimal(digits);
    }

    /** The value of a composed number ("dua puluh empat", "5 juta", "seratus lima puluh ribu"); null if none. */
    private static BigDecimal value(List<String> phrase) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal hundreds = BigDecimal.ZERO;
        BigDecimal small = BigDecimal.ZERO;
        boolean any = false;
        for (String t : phrase) {
            if (isDigits(t)) {
                BigDecimal v = clusterValue(t);
                if (v == null) {
                    return null;
                }
                small = small.add(v);
            } else if (UNITS.containsKey(t)) {
                small = small.add(BigDecimal.valueOf(UNITS.get(t)));
            } else if (SMALL.containsKey(t)) {
                small = small.add(BigDecimal.valueOf(SMALL.get(t)));
            } else if (FRACTIONS.containsKey(t)) {
                small = small.add(FRACTIONS.get(t));
            } else if (t.equals("belas")) {
                small = small.add(BigDecimal.TEN);
            } else if (t.equals("puluh")) {
                small = small.multiply(BigDecimal.TEN);
            } else if (t.equals("ratus") || t.equals("hundred")) {
                hundreds = hundreds.add(orOne(small).multiply(BigDecimal.valueOf(100)));
                small = BigDecimal.ZERO;
            } else if (ONE_OF.containsKey(t)) {
                String of = ONE_OF.get(t);
                if (of.equals("ratus")) {
                    hundreds = hundreds.add(BigDecimal.valueOf(100));
                } else {
                    total = total.add(hundreds.add(small).multiply(LARGE.get(of))).add(LARGE.get(of));
                    hundreds = BigDecimal.ZERO;
                    small = BigDecimal.ZERO;
                }
            } else if (LARGE.containsKey(t)) {
                total = total.add(orOne(hundreds.add(small)).multiply(LARGE.get(t)));
                hundreds = BigDecimal.ZERO;
                small = BigDecimal.ZERO;
            } else {
                return null;
            }
            any = true;
        }
        return any ? total.add(hundreds).add(small) : null;
    }

    private static BigDecimal orOne(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ONE : v;
    }

    private static String strip(String digits) {
        String s = digits.replaceFirst("^0+(?=\\d)", "");
        return s.isEmpty() ? "0" : s;
    }
}
