package id.sigap.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts a generated answer only when it is grounded in the retrieved sources: it cites at least one
 * of them and nothing else, and every number, date word and proper name it states appears in the
 * sources (names may also come from the citizen's own question; numbers only from the sources).
 */
final class GroundingCheck {

    static final String DECLINED = "TIDAK_ADA_JAWABAN";

    private static final Pattern CITATION = Pattern.compile("\\[([a-z0-9][a-z0-9-]*)]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/\\-]\\d+)*");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'-]*|[.!?:;\\n•*-]");
    private static final Set<String> CALENDAR = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
            "agustus", "september", "oktober", "november", "desember", "senin", "selasa", "rabu", "kamis", "jumat",
            "sabtu", "minggu", "january", "february", "march", "may", "june", "july", "august", "october",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words a polite answer may capitalise without naming a place, person or policy. */
    private static final Set<String> COURTESY = Set.of("anda", "bapak", "ibu", "sigap", "terima", "kasih", "mohon",
            "silakan", "humas", "pemerintah", "provinsi", "indonesia", "warga", "untuk", "jika", "bila", "dalam",
            "kami", "saat", "segera", "please", "thank", "you", "the", "for", "call", "sumber", "petugas", "wib");

    private GroundingCheck() {
    }

    /** The verdict: the answer without citation markers and what it cites, or why it was rejected. */
    record Verdict(boolean grounded, String text, List<String> citedIds, String reason) {
        static Verdict reject(String reason) {
            return new Verdict(false, null, List.of(), reason);
        }
    }

    static Verdict check(String answer, List<SourceText> sources, String question) {
        if (answer == null || answer.isBlank()) {
            return Verdict.reject("empty");
        }
        if (answer.contains(DECLINED)) {
            return Verdict.reject("model-declined");
        }
        Set<String> known = new HashSet<>();
        sources.forEach(s -> known.add(s.entryId()));
        Set<String> cited = new LinkedHashSet<>();
        Matcher citation = CITATION.matcher(answer);
        while (citation.find()) {
            cited.add(citation.group(1));
        }
        if (cited.isEmpty()) {
            return Verdict.reject("no-citation");
        }
        for (String id : cited) {
            if (!known.contains(id)) {
                return Verdict.reject("cites-unknown:" + id);
            }
        }
        String text = CITATION.matcher(answer).replaceAll("").replaceAll("[ \\t]+([.,;:!?])", "$1")
                .replaceAll("[ \\t]{2,}", " ").strip();
        StringBuilder evidence = new StringBuilder(question == null ? "" : question);
        sources.forEach(s -> evidence.append('\n').append(s.title()).append('\n').append(s.text())
                .append('\n').append(s.sourceUrl() == null ? "" : s.sourceUrl()));
        String ground = fold(evidence.toString());

        // Numbers must come from the approved sources; a number the citizen typed proves nothing.
        StringBuilder sourceText = new StringBuilder();
        sources.forEach(s -> sourceText.append('\n').append(s.title()).append('\n').append(s.text()));
        Set<String> groundNumbers = numbers(sourceText.toString());
        for (String number : numbers(text)) {
            if (!groundNumbers.contains(number)) {
                return Verdict.reject("unsupported-number:" + number);
            }
        }
        for (String word : fold(text).split("[^\\p{L}]+")) {
            if (CALENDAR.contains(word) && !containsWord(ground, word)) {
                return Verdict.reject("unsupported-date:" + word);
            }
        }
        for (String name : properNames(text)) {
            String word = fold(name);
            if (!COURTESY.contains(word) && !containsWord(ground, word)) {
                return Verdict.reject("unsupported-name:" + name);
            }
        }
        return new Verdict(true, text, new ArrayList<>(cited), null);
    }

    /** Capitalised words that do not start a sentence, a line or a list item: names of places and people. */
    static List<String> properNames(String text) {
        List<String> names = new ArrayList<>();
        boolean sentenceStart = true;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String t = token.group();
            if (!Character.isLetter(t.charAt(0))) {
                sentenceStart = true;
                continue;
            }
            if (!sentenceStart && t.length() >= 3 && Character.isUpperCase(t.charAt(0))
                    && t.chars().skip(1).anyMatch(Character::isLowerCase)) {
                names.add(t);
            }
            sentenceStart = false;
        }
        return names;
    }

    /** Numbers with their separators removed, so "0811-2000-112" and "08112000112" match. */
    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.,:/\\-]", ""));
        }
        return out;
    }

    private static boolean containsWord(String haystack, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word)).matcher(haystack).find();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
