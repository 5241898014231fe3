package id.sigap.conversation;

import java.util.Locale;
import java.util.Set;

/**
 * The language a citizen writes in, as far as Sigap answers it: Indonesian (regional words included)
 * or English. Read from common function words, which any sentence has; a message with too few of them
 * to tell (a lone "KTP") is Indonesian.
 */
enum Language {
    ID("id"), EN("en");

    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "was", "were", "can", "could", "where",
            "what", "how", "when", "which", "who", "why", "i", "my", "me", "you", "your", "do", "does", "did", "get",
            "free", "after", "please", "of", "to", "for", "with", "and", "there", "this", "that", "it", "have", "has",
            "will", "would", "should", "any", "about", "from", "need", "want", "help", "thanks", "thank", "hello",
            "hi", "an", "a", "in", "on", "at", "be", "if", "not", "no", "we", "our", "open", "still", "yet", "much");
    private static final Set<String> INDONESIAN = Set.of("yang", "di", "ke", "dari", "apa", "apakah", "bagaimana",
            "gimana", "berapa", "saya", "aku", "bisa", "tidak", "gak", "nggak", "dan", "untuk", "ada", "mau", "kapan",
            "dimana", "mana", "min", "kak", "pak", "bu", "sudah", "udah", "belum", "ini", "itu", "dengan", "kalau",
            "kok", "ya", "dong", "tolong", "mohon", "bagaimanakah", "siapa", "kenapa", "mengapa", "atau", "juga",
            "lagi", "sama", "terima", "kasih", "makasih", "halo", "nya", "buat", "jam", "masih", "harus", "boleh");

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
        int english = 0;
        int indonesian = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (INDONESIAN.contains(word)) {
                indonesian++;
            }
        }
        if (english >= 2 && english > indonesian) {
            return EN;
        }
        boolean englishClient = clientLanguage != null && clientLanguage.toLowerCase(Locale.ROOT).startsWith("en");
        return englishClient && english >= 1 && indonesian == 0 ? EN : ID;
    }

    public static Language ofCode(String code) {
        return "en".equals(code) ? EN : ID;
    }
}
