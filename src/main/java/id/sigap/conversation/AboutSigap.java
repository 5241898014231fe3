package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.Kilometres;
import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about Sigap itself that the knowledge base does not answer: what it keeps of the citizen ("bot ini
 * nyimpen nomor hp saya ga?", "is my data stored?") and which languages it reads ("bisa pakai bahasa jawa ga min",
 * "do you speak English?"). Both are small talk with an honest reply, never a search; the words are in
 * {@code conversation/about-sigap.tsv}.
 */
final class AboutSigap {

    private static final WordTable WORDS = WordTable.load("conversation/about-sigap.tsv");
    private static final Set<String> DATA = WORDS.of("DATA");
    private static final Set<String> HANDLING = WORDS.of("HANDLING");
    private static final Set<String> ADDRESSED = WORDS.of("ADDRESSED");
    /** Words that make the number or address asked for someone else's ("share ... the coordinator's number"). */
    private static final Set<String> OTHERS_CONTACT = WORDS.of("OTHERS_CONTACT");
    /** Words that point at this chat right after naming it ("percakapan ini", "this chat" is named before). */
    private static final Set<String> HERE = WORDS.of("HERE");
    private static final Set<String> LANGUAGE = WORDS.of("LANGUAGE");
    private static final Set<String> LANGUAGE_GLUE = WORDS.of("LANGUAGE_GLUE");
    private static final Set<String> BOT_ITSELF = WORDS.of("BOT_ITSELF");
    private static final Pattern PERSONAL_LIFE = WORDS.phrases("PERSONAL_LIFE");
    /** Words that may stand beside a {@code PERSONAL_LIFE} phrase when the bot is not named (address, particles, laughter). */
    private static final Set<String> ALONE = WORDS.of("ALONE");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    /** Longer messages say more than a question about Sigap. */
    static final int MAX_WORDS = 14;

    /**
     * Asking whether a person or a machine writes the replies ("adminnya manusia apa robot sih wkwk"), with no person asked
     * for beside it ({@code HUMAN_OR_BOT_NOT}).
     */
    private static final Pattern HUMAN_OR_BOT = WORDS.phrases("HUMAN_OR_BOT");

    private static final Set<String> HUMAN_OR_BOT_NOT = WORDS.of("HUMAN_OR_BOT_NOT");

    private static boolean humanOrBot(List<String> words) {
        return HUMAN_OR_BOT.matcher(SmallTalk.spaced(words)).find()
                && words.stream().noneMatch(HUMAN_OR_BOT_NOT::contains);
    }

    private AboutSigap() {
    }

    static Optional<SmallTalk.Kind> recognise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String read = Kilometres.spelledOut(text.toLowerCase(Locale.ROOT));
        List<String> typed = words(read);
        List<String> normalised = words(IndonesianNormalizer.normalize(read));
        if (typed.isEmpty() || typed.size() > MAX_WORDS) {
            return Optional.empty();
        }
        if (aboutData(typed) || aboutData(normalised)) {
            return Optional.of(SmallTalk.Kind.ABOUT_DATA);
        }
        if (aboutLanguages(typed) || aboutLanguages(normalised)) {
            return Optional.of(SmallTalk.Kind.ABOUT_LANGUAGES);
        }
        if (aboutItsLife(typed) || aboutItsLife(normalised) || humanOrBot(typed) || humanOrBot(normalised)) {
            return Optional.of(SmallTalk.Kind.ABOUT_BOT);
        }
        return Optional.empty();
    }

    /**
     * A thing of the citizen's, something done with it, and Sigap or this chat named by another word; no one else's
     * contact. One word is both the thing and the chat only when pointed at ("percakapan ini direkam?"): "ada bukti chat nya,
     * lapor kemana ya biar aman" (batch M43, read) names a chat as evidence and got the privacy reply.
     */
    private static boolean aboutData(List<String> words) {
        if (!words.stream().anyMatch(HANDLING::contains) || words.stream().anyMatch(OTHERS_CONTACT::contains)) {
            return false;
        }
        for (int d = 0; d < words.size(); d++) {
            for (int a = 0; a < words.size(); a++) {
                boolean pointedAt = d == a && a + 1 < words.size() && HERE.contains(words.get(a + 1)); // "percakapan ini"
                if ((d != a || pointedAt) && DATA.contains(words.get(d)) && ADDRESSED.contains(words.get(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A language named, and nothing but the words of asking whether Sigap reads it. */
    private static boolean aboutLanguages(List<String> words) {
        return words.stream().anyMatch(w -> LANGUAGE.contains(w) && !"indonesia".equals(w))
                && words.stream().allMatch(w -> LANGUAGE.contains(w) || LANGUAGE_GLUE.contains(w));
    }

    /**
     * A question about its own life ("botnya udah makan belum?", "are you tired?") with the bot named, or with nothing
     * but a form of address, particles or laughter beside it ("udah sarapan belom? wkwk").
     */
    private static boolean aboutItsLife(List<String> words) {
        Matcher life = PERSONAL_LIFE.matcher(SmallTalk.spaced(words));
        if (!life.find()) {
            return false;
        }
        // "udah sarapan belom? wkwk": the bot unnamed, but nothing else named either
        return words.stream().anyMatch(BOT_ITSELF::contains) || Arrays.stream(life.replaceAll(" ").strip().split(" +"))
                .allMatch(w -> w.isEmpty() || ALONE.contains(w) || BOT_ITSELF.contains(w));
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_LETTER.split(text)).filter(w -> !w.isBlank()).toList();
    }
}
