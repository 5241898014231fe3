package id.sigap.conversation;

import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A citizen saying who and where they are before asking anything: "selamat siang min, sy pak Darto ketua RT 04 RW 02 kel.
 * Sukamaju, Kota Sangkara", "Kula Pak Slamet, ketua RT 07 Dusun Krajan, Lembah Hijau". It opens (after greetings) with a
 * word for oneself, names a role, a title or a place, and every other word is a number, a joining word or one of the few
 * words of a name after a title, a role or a place's marker. No "?" and no word that asks, requests or tells a trouble.
 * Only the caller knows the knowledge base is sure of nothing in it and the mood is kind. Words in
 * {@code conversation/introduction.tsv}.
 */
final class SelfIntroduction {

    private static final WordTable WORDS = WordTable.load("conversation/introduction.tsv");
    private static final Set<String> OPENER = WORDS.of("OPENER");
    private static final Set<String> SELF = WORDS.of("SELF");
    private static final Set<String> TITLE = WORDS.of("TITLE");
    private static final Set<String> ROLE = WORDS.of("ROLE");
    private static final Set<String> MARKER = WORDS.of("MARKER");
    private static final Set<String> LINK = WORDS.of("LINK");
    private static final Set<String> ASKING = WORDS.of("ASKING");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    /** A question after an introduction says what it asks in at least this many words. */
    static final int MIN_QUESTION_WORDS = 2;
    /** Longer than this is a story, not an introduction. */
    static final int MAX_WORDS = 20;
    /** The words of a name after a title, a role or a marker ("Sukamaju", "Lembah Hijau", "Ceu Euis"). */
    static final int NAME_WORDS = 4;

    private SelfIntroduction() {
    }

    static boolean only(String text) {
        if (text == null || text.indexOf('?') >= 0) {
            return false;
        }
        List<String> words = Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > MAX_WORDS || words.stream().anyMatch(ASKING::contains)) {
            return false;
        }
        int i = 0;
        while (i < words.size() && OPENER.contains(words.get(i)) && !SELF.contains(words.get(i))) {
            i++;
        }
        if (i >= words.size() || !SELF.contains(words.get(i))) {
            return false;
        }
        boolean says = false; // a role, a title or a place named
        int name = 0; // words of a name still allowed here
        for (i = i + 1; i < words.size(); i++) {
            String w = words.get(i);
            if (TITLE.contains(w) || ROLE.contains(w) || MARKER.contains(w)) {
                says = true;
                name = NAME_WORDS;
            } else if (SELF.contains(w) || LINK.contains(w) || NUMBER.matcher(w).matches()) {
                // a joining word or a number keeps the name open ("ketua rt 04", "tinggal di batu sari")
            } else if (name > 0) {
                name--;
            } else if (!says && i <= 2) {
                name = NAME_WORDS - 1; // a name right after the word for oneself ("saya Yanto, ketua RW 05")
            } else {
                return false;
            }
        }
        return says;
    }

    /**
     * What a message asks after introducing its writer: "Saya ketua RT 04 Kel. Pantai Indah, Pesisir Barat. Mau tanya jadwal
     * uji sirine" asks "Mau tanya jadwal uji sirine". The longest run of opening sentences that is an introduction, and
     * the rest when it has at least {@link #MIN_QUESTION_WORDS} words; empty when the message opens otherwise.
     */
    static Optional<String> questionAfter(String text) {
        List<String> sentences = Sentences.of(text);
        for (int k = sentences.size() - 1; k >= 1; k--) {
            String intro = String.join(" ", sentences.subList(0, k));
            String rest = String.join(" ", sentences.subList(k, sentences.size())).strip();
            if (only(intro) && NOT_WORD.split(rest).length >= MIN_QUESTION_WORDS) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }
}
