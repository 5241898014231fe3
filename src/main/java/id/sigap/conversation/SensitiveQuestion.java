package id.sigap.conversation;

import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Allegations, accusations and political questions about officials ("apakah benar gubernur korupsi
 * dana bantuan banjir?"). Such a question is never answered with whatever entry shares its other words
 * (the flood-aid entry is no answer to an accusation): only an approved clarification answers it, and
 * otherwise a person does. Recognised when an office or official is named together with an
 * allegation or a political matter, and in a chain message passed on that claims harm ("[Diteruskan] BREAKING!!! 5 anak
 * meninggal akibat difteri ... SEBARKAN"): a rumour the office answers with a clarification or a person.
 */
final class SensitiveQuestion {

    /** The word lists, from {@code conversation/sensitive.tsv} (the file explains each kind). */
    private static final WordTable LISTS = WordTable.load("conversation/sensitive.tsv");
    private static final Set<String> OFFICIALS = LISTS.of("OFFICIAL");
    private static final Set<String> ALLEGATIONS = LISTS.of("ALLEGATION");
    /** Allegations that take two words: cutting aid, handing out projects, illegal levies. */
    private static final Pattern ALLEGATION_PHRASES = Pattern.compile("\\b(?:"
            + String.join("|", LISTS.lines("ALLEGATION_PHRASE")) + ")\\b");
    /**
     * Allegations that name the office's own by themselves, with no word for an official: aid sold ("bantuan buat korban
     * malah dijual"), a suspected irregularity ("dugaan penyimpangan"), building material cut.
     */
    private static final Pattern ALLEGATIONS_ALONE = Pattern.compile("\\b(?:"
            + String.join("|", LISTS.lines("ALLEGATION_ALONE")) + ")\\b");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    /** Words that mark a chain message passed on ("sebarkan", "breaking"); a message opening with "diteruskan" is one too. */
    private static final Set<String> CHAIN_MARKS = LISTS.of("CHAIN_MARK");
    /** Harm a chain message may claim: deaths, an explosion, a breach. */
    private static final Set<String> HARM = LISTS.of("HARM");
    private static final String FORWARDED = "diteruskan";
    /**
     * Spans that name no official and no allegation, taken out first: "kepala keluarga", "wali murid", "kampanye
     * imunisasi", a scam that only uses an office's name ("sms ngaku dari dinas sosial"), an animal caught.
     */
    private static final Pattern INNOCENT = Pattern.compile("\\b(?:"
            + String.join("|", LISTS.lines("INNOCENT_PHRASE")) + ")\\b");

    private SensitiveQuestion() {
    }

    /**
     * Whether an approved clarification speaks to what this message alleges: a clarification that names allegations
     * of its own ("dikorupsi", "menyelewengkan") answers only a message alleging one of them ("korupsi" is in
     * "dikorupsi"); one that names none (a general holding statement) answers any. "gubernur kemana aja pas banjir,
     * cuma foto2 doang" is no question about misused aid, though it shares "gubernur" and "banjir" with that clarification.
     */
    static boolean addresses(String clarification, String message) {
        Set<String> claimed = alleged(clarification);
        if (claimed.isEmpty()) {
            return true;
        }
        Set<String> alleged = alleged(message);
        return alleged.stream().anyMatch(a -> claimed.stream().anyMatch(c -> c.contains(a) || a.contains(c)));
    }

    /** The allegation words and phrases in a text, lower case. */
    private static Set<String> alleged(String text) {
        if (text == null) {
            return Set.of();
        }
        String lower = cleaned(text);
        Set<String> found = new java.util.HashSet<>();
        for (String w : WORDS.split(lower)) {
            if (ALLEGATIONS.contains(w)) {
                found.add(w);
            }
        }
        for (Pattern pattern : List.of(ALLEGATION_PHRASES, ALLEGATIONS_ALONE)) {
            var phrases = pattern.matcher(lower);
            while (phrases.find()) {
                found.add(phrases.group());
            }
        }
        return found;
    }

    /** Money asked of the citizen, with a sum or a word for money ({@code MONEY_ASKED} in sensitive.tsv). */
    private static final Pattern MONEY_ASKED = Pattern.compile("\\b(?:"
            + String.join("|", LISTS.lines("MONEY_ASKED")) + ")\\b");
    /** An entry's own words that its service costs nothing ({@code FREE} in sensitive.tsv). */
    private static final Pattern FREE = Pattern.compile("\\b(?:" + String.join("|", LISTS.lines("FREE")) + ")\\b");

    /** Whether the message alleges money asked of the citizen ("minta duit 200rb buat pendataan"). */
    static boolean allegesMoneyAsked(String text) {
        return text != null && MONEY_ASKED.matcher(cleaned(text)).find();
    }

    /** Words of money and of its absence, which say nothing of which service is meant. */
    private static final Set<String> MONEY_WORDS = LISTS.of("MONEY_WORD");
    /** The shortest word that names the service in question ("pendataan"); shorter ones are glue ("buat", "yang"). */
    private static final int SERVICE_WORD = 5;

    /**
     * Whether a sentence of the entry says that the very service the message names costs nothing: a sentence saying it
     * is free shares a word of the service with the message ("Pendataan tidak dipungut biaya" and "minta duit 200rb buat
     * pendataan rumah rusak"). An entry that says something else is free ("pakan ternak darurat tersedia gratis") says
     * nothing of a referral letter paid for. The name of an office is no service: "oknum dinas perikanan minta 300rb buat
     * ngurus kartu kusuka" shared only "dinas" with "Dinas Pertanian menyediakan benih padi dan pupuk gratis" (batch M36).
     */
    static boolean saysFreeOf(String entryText, String message) {
        if (entryText == null || message == null) {
            return false;
        }
        Set<String> asked = Set.copyOf(Arrays.asList(WORDS.split(cleaned(message))));
        for (String sentence : entryText.toLowerCase(Locale.ROOT).split("[.;!?\\n]+")) {
            if (FREE.matcher(sentence).find() && Arrays.stream(WORDS.split(sentence))
                    .anyMatch(w -> w.length() >= SERVICE_WORD && !MONEY_WORDS.contains(w) && !official(w)
                            && asked.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An office or official, also with "-nya" ("bupatinya plesiran", "lurahnya kmn aja") or the Javanese "-e"/"-ne"
     * ("lurahe njaluk duit sejuta", "bupatine"; batch N38).
     */
    private static boolean official(String word) {
        return OFFICIALS.contains(word) || ENDINGS.stream().anyMatch(ending -> word.endsWith(ending)
                && OFFICIALS.contains(word.substring(0, word.length() - ending.length())));
    }

    /** The possessive endings an official's word may carry. */
    private static final List<String> ENDINGS = List.of("nya", "ne", "e");

    static boolean is(String text) {
        if (text == null) {
            return false;
        }
        String lower = cleaned(text);
        Set<String> words = Set.copyOf(Arrays.asList(WORDS.split(lower)));
        return words.stream().anyMatch(SensitiveQuestion::official) && (words.stream().anyMatch(ALLEGATIONS::contains)
                || ALLEGATION_PHRASES.matcher(lower).find())
                || ALLEGATIONS_ALONE.matcher(lower).find()
                || (lower.strip().startsWith(FORWARDED) || words.stream().anyMatch(CHAIN_MARKS::contains))
                && words.stream().anyMatch(HARM::contains);
    }

    /** The text in lower case, every non-letter a space, innocent spans taken out: what the word lists are read on. */
    private static String cleaned(String text) {
        return INNOCENT.matcher(WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ");
    }
}
