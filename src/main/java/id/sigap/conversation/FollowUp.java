package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short message that says it continues the previous question ("kalau pelajar?", "terus bayarnya berapa?", "what about
 * students?"), by its first words, read from {@code conversation/follow-up.tsv}. Such a message is read after the
 * chat's previous question even when its own words alone find another entry confidently.
 */
final class FollowUp {

    /** Longer messages stand on their own, whatever their first word ("kalau ktp hilang di jalan harus lapor ke mana"). */
    static final int MAX_WORDS = 4;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<String> STARTS = WordTable.load("conversation/follow-up.tsv").lines("START").stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT) + " ").toList();

    private FollowUp() {
    }

    /** Whether the message starts like a follow-up and is short enough to be one. */
    static boolean marked(String text) {
        return rest(text) != null;
    }

    /**
     * The follow-up without its first words, which name no topic ("terus bayarnya berapa?" → "bayarnya berapa"), in
     * normalised spelling; null when the message is not a marked follow-up.
     */
    static String rest(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String rest = after(NOT_WORD.matcher(IndonesianNormalizer.normalize(lower)).replaceAll(" ").strip());
        // The normaliser respells some English words the Indonesian way: the words as typed are read too.
        return rest != null ? rest : after(NOT_WORD.matcher(lower).replaceAll(" ").strip());
    }

    private static String after(String words) {
        if (words.isEmpty() || words.split(" ").length > MAX_WORDS) {
            return null;
        }
        String padded = words + " ";
        return STARTS.stream().filter(s -> padded.startsWith(s) && padded.length() > s.length()).findFirst()
                .map(s -> padded.substring(s.length()).strip()).orElse(null);
    }
}
