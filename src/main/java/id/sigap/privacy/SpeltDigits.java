package id.sigap.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a number spoken digit by digit in Indonesian words ("nol delapan satu tiga, dua dua dua dua, ..."), as
 * a citizen writes it to keep it from machines. Ten or more digit words in a row, read as digits, must make a
 * mobile number ({@link NumberRules#isPhone}); counting in words ("dua ribu", "lima puluh") never runs to ten
 * digit words. A NIK or a card read out in words is not looked for. Bounded: at most 24 words make one run.
 */
final class SpeltDigits {

    private static final Map<String, Character> DIGITS = Map.ofEntries(Map.entry("nol", '0'), Map.entry("kosong", '0'),
            Map.entry("satu", '1'), Map.entry("dua", '2'), Map.entry("tiga", '3'), Map.entry("empat", '4'),
            Map.entry("lima", '5'), Map.entry("enam", '6'), Map.entry("tujuh", '7'), Map.entry("delapan", '8'),
            Map.entry("sembilan", '9'));
    private static final String WORD = "(?:nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)";
    private static final Pattern RUN = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])" + WORD + "(?:[\\s,.\\-]{1,3}" + WORD + "){9,23}(?![\\p{L}\\p{N}])");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");

    private SpeltDigits() {
    }

    static List<Redactor.Span> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("delapan")) {
            return List.of(); // every mobile number starts 08 or 628
        }
        List<Redactor.Span> found = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            StringBuilder digits = new StringBuilder();
            Matcher word = WORDS.matcher(run.group());
            while (word.find()) {
                digits.append(DIGITS.get(word.group().toLowerCase(Locale.ROOT)));
            }
            if (NumberRules.isPhone(digits.toString(), false)) {
                found.add(new Redactor.Span(run.start(), run.end(), Redactor.Kind.TELEPON));
            }
        }
        return found;
    }
}
