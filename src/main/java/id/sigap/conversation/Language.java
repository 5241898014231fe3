package id.sigap.conversation;

import id.sigap.texts.WordTable;

import java.util.Locale;
import java.util.Set;

/**
 * The language a citizen writes in, as far as Sigap answers it: Indonesian (regional words included)
 * or English. Read from common function words, which any sentence has ({@code conversation/language.tsv}); a
 * message with too few of them to tell (a lone "KTP") is Indonesian.
 */
enum Language {
    ID("id"), EN("en");

    private static final WordTable WORDS = WordTable.load("conversation/language.tsv");
    private static final Set<String> ENGLISH = WORDS.of("ENGLISH");
    private static final Set<String> INDONESIAN = WORDS.of("INDONESIAN");
    /** English words that Indonesian chat does not borrow: one, with no Indonesian word, is English ("shelter"). */
    private static final Set<String> ENGLISH_CONTENT = WORDS.of("ENGLISH_CONTENT");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code recorded with a turn. */
    public String code() {
        return code;
    }

    public static Language of(String text) {
        return of(text, null);
    }

    /**
     * The message's language; a message too short to tell ("hello") is read with the client's language
     * ({@code clientLanguage}, Telegram's {@code language_code}) as the tie-break.
     */
    public static Language of(String text, String clientLanguage) {
        if (text == null) {
            return ID;
        }
        Counts counts = Counts.of(text);
        if (counts.english() >= 2 && counts.english() > counts.indonesian() || counts.content() && counts.indonesian() == 0) {
            return EN;
        }
        boolean englishClient = clientLanguage != null && clientLanguage.toLowerCase(Locale.ROOT).startsWith("en");
        return englishClient && counts.leansEnglish() ? EN : ID;
    }

    /**
     * An English word and no Indonesian one, too few to tell alone ("Great, I'll report the profile. Cheers."): the
     * client's language or the conversation's earlier one decides.
     */
    public static boolean leansEnglish(String text) {
        return text != null && Counts.of(text).leansEnglish();
    }

    /** The function words of each language in a message, and whether an English content word is among them. */
    private record Counts(int english, int indonesian, boolean content) {

        static Counts of(String text) {
            int english = 0;
            int indonesian = 0;
            boolean content = false;
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (ENGLISH.contains(word) || ENGLISH_CONTENT.contains(word)) {
                    english++;
                }
                content |= ENGLISH_CONTENT.contains(word);
                if (INDONESIAN.contains(word)) {
                    indonesian++;
                }
            }
            return new Counts(english, indonesian, content);
        }

        boolean leansEnglish() {
            return english >= 1 && indonesian == 0;
        }
    }

    public static Language ofCode(String code) {
        return "en".equals(code) ? EN : ID;
    }
}
