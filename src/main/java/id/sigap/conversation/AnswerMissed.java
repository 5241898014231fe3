package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A citizen telling that the last reply missed, with nothing else to search ("jawabannya gk nyambung", "bukan itu yg sy
 * tanya", "that's not what I asked"): searched, such words found unrelated choices (the PPID, a birth certificate, the
 * Wi-Fi). The reply apologises and asks for the question again in other words, with the way to an officer, as the
 * thumbs-down button does. Read from {@code conversation/answer-missed.tsv}.
 */
final class AnswerMissed {

    private static final WordTable WORDS = WordTable.load("conversation/answer-missed.tsv");
    private static final List<List<String>> PHRASES = WORDS.lines("PHRASE").stream()
            .map(p -> Arrays.asList(p.strip().toLowerCase(Locale.ROOT).split(" "))).toList();
    private static final Set<String> OTHER = WORDS.of("OTHER");
    private static final List<Pattern> CORRECTIONS = WORDS.lines("CORRECTION").stream()
            .map(p -> Pattern.compile(p.strip())).toList();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    /** Longer messages say more than that the reply missed. */
    static final int MAX_WORDS = 12;

    private AnswerMissed() {
    }

    static boolean is(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return only(words(IndonesianNormalizer.normalize(lower))) || only(words(lower));
    }

    /**
     * The message says the last reply missed, whatever else it says ("bukan itu, sy nanya jam buka posko",
     * "sy nanya jamnya min, bukan nomor call center").
     */
    static boolean mentioned(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String normal = IndonesianNormalizer.normalize(lower);
        return CORRECTIONS.stream().anyMatch(p -> p.matcher(lower).find() || p.matcher(normal).find())
                || hasPhrase(words(normal)) || hasPhrase(words(lower));
    }

    private static boolean hasPhrase(List<String> words) {
        return covered(words) != null;
    }

    /** One phrase at least, and every other word one that may stand around it. */
    private static boolean only(List<String> words) {
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return false;
        }
        boolean[] covered = covered(words);
        if (covered == null) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i] && !OTHER.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The words some phrase stands on, or null when no phrase stands in {@code words}. */
    private static boolean[] covered(List<String> words) {
        boolean[] covered = new boolean[words.size()];
        boolean phrase = false;
        for (List<String> p : PHRASES) {
            for (int i = 0; i + p.size() <= words.size(); i++) {
                if (words.subList(i, i + p.size()).equals(p)) {
                    phrase = true;
                    Arrays.fill(covered, i, i + p.size(), true);
                }
            }
        }
        return phrase ? covered : null;
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(text)).filter(w -> !w.isBlank()).toList();
    }
}
