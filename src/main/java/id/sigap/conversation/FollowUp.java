package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A short message that says it continues the previous question ("kalau pelajar?", "terus bayarnya berapa?", "what about
 * students?"), by its first words, or that points back with a word ending in -nya ("syaratnya apa?", "ada dapur
 * umumnya?"), read from {@code conversation/follow-up.tsv}. Such a message is read after the
 * chat's previous question even when its own words alone find another entry confidently.
 */
final class FollowUp {

    /** Longer messages stand on their own, whatever their first word ("kalau ktp hilang di jalan harus lapor ke mana"). */
    static final int MAX_WORDS = 4;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final WordTable TABLE = WordTable.load("conversation/follow-up.tsv");
    private static final List<String> STARTS = TABLE.lines("START").stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT) + " ").toList();
    /**
     * Compounds that begin with a START word but start no follow-up ("lalu lintas", "terus menerus"); the second word
     * may carry an ending ("lalu lintasnya gimana").
     */
    private static final List<String> NOT_STARTS = TABLE.lines("NOT_START").stream()
            .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    /** Words ending in -nya that do not point back ("hanya", "katanya", "sebenarnya"). */
    private static final Set<String> NYA_NOT_BACK = TABLE.of("NYA_NOT_BACK");
    /** The shortest word whose -nya can point back: three letters before it ("jamnya", "kknya" are too short). */
    private static final int NYA_MIN_LENGTH = 6;

    /** Words a follow-up asks along with that name no topic of their own ("link", "kira"; follow-up.tsv). */
    private static final Set<String> TOPICLESS = TABLE.of("TOPICLESS");
    /** The possessive ending, which points back ("syaratnya") or rides on a word asked along ("linknya"). */
    private static final String NYA = "nya";

    private FollowUp() {
    }

    /**
     * What a follow-up asks in its own words: without those that take the last reply in ("oh", "yaudah") and those it asks
     * along with that name no topic ({@code TOPICLESS}: "link", "kira"), as typed or with "-nya". A reading in the
     * conversation's context must keep the topic of these ("oh bisa online ya, linknya apa min" after the business number
     * asks for that entry's link). Spelling normalised; the other words kept in order.
     */
    static String ownWords(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] split = NOT_WORD.matcher(IndonesianNormalizer.normalize(text.toLowerCase(Locale.ROOT))).replaceAll(" ")
                .strip().split(" ");
        return Arrays.stream(split, afterGivingIn(split), split.length)
                .filter(w -> !TOPICLESS.contains(w)
                        && !(w.endsWith(NYA) && TOPICLESS.contains(w.substring(0, w.length() - NYA.length()))))
                .collect(Collectors.joining(" "));
    }

    /** The longest message read as continuing an earlier one by {@link #continues}. */
    static final int CONTINUES_MAX_WORDS = 14;
    /** Words that take the last reply in before going on ("yaudah", "oh", "oke"). */
    private static final Set<String> GIVING_IN = TABLE.of("GIVING_IN");
    /** Words that go on from the last reply whatever follows ("terus", "lalu"). */
    private static final Set<String> GOING_ON = TABLE.of("GOING_ON");
    /** Words that start a supposition ("kalau"): going on only after words that take the last reply in. */
    private static final Set<String> SUPPOSING = TABLE.of("SUPPOSING");
    /** Words that plead ("plis", "tolong") and the words that go with them ("min", "bentar aja"). */
    private static final Set<String> PLEA = TABLE.of("PLEA");
    private static final Set<String> PLEADING = TABLE.of("PLEADING");

    /**
     * Whether a message of up to {@link #CONTINUES_MAX_WORDS} words says it goes on from the one before: it starts with
     * "terus" or "lalu" ("trus gmn cara ngomongnya biar ga berantem"), or takes the last reply in and supposes
     * ("yaudah kalo gk bisa, yg matematika aja"), or only pleads ("plis min bentar aja": asks the same again). A
     * message starting "kalau" alone may be a new question ("kalau ktp hilang harus lapor ke mana"), and so may one
     * with a word ending in -nya ("ktpnya hilang ...").
     */
    static boolean continues(String text) {
        String[] split = shortWords(text);
        if (split.length == 0) {
            return false;
        }
        if (Arrays.stream(split).allMatch(PLEADING::contains) && Arrays.stream(split).anyMatch(PLEA::contains)) {
            return true; // "plis min bentar aja": asks the same again
        }
        int i = afterGivingIn(split);
        String from = String.join(" ", Arrays.asList(split).subList(i, split.length)) + " ";
        return i < split.length - 1 && NOT_STARTS.stream().noneMatch(from::startsWith)
                && (GOING_ON.contains(split[i]) || i > 0 && SUPPOSING.contains(split[i])); // not "lalu lintas ..."
    }

    /** Words that point at what was just said ("itu", "ini"), opening a message: {@link #pointsAtTheLast}. */
    private static final Set<String> POINTER = TABLE.of("POINTER");

    /**
     * Whether a message of up to {@link #CONTINUES_MAX_WORDS} words opens by pointing at what was just said, perhaps
     * after taking it in: "itu buka hari minggu jg gk?", "oh itu bs diurus online gk?". Its own words may find an
     * entry surely that has nothing to do with the conversation (the public-service mall's Sunday hours).
     */
    static boolean pointsAtTheLast(String text) {
        String[] split = shortWords(text);
        int i = afterGivingIn(split);
        return i < split.length - 1 && POINTER.contains(split[i]);
    }

    private static final Set<String> SELF = TABLE.of("SELF");
    private static final Set<String> ASKING = TABLE.of("ASKING");
    private static final Set<String> TAG = TABLE.of("TAG");

    /**
     * Whether a message of up to {@link #CONTINUES_MAX_WORDS} words tells of the writer and asks nothing: it opens with
     * "saya", "sy", "kami" (perhaps after taking the last reply in), has no question mark, no question word and no tag
     * at its end ("sy mahasiswa", "Saya di Kecamatan Sukamaju, Kabupaten Lembah Hijau."). After a question it tells more
     * of that question, whatever its own words find surely ("mahasiswa" the scholarship); "sy bisa daftar gk" asks.
     */
    static boolean tellsOfSelf(String text) {
        if (text == null || text.indexOf('?') >= 0) {
            return false;
        }
        String[] split = shortWords(text);
        int i = afterGivingIn(split);
        return split.length > 1 && i < split.length - 1 && SELF.contains(split[i])
                && Arrays.stream(split).noneMatch(ASKING::contains) && !TAG.contains(split[split.length - 1]);
    }

    private static final Set<String> DAY = TABLE.of("DAY");
    private static final Set<String> OPENING = TABLE.of("OPENING");
    private static final Set<String> OPENING_GLUE = TABLE.of("OPENING_GLUE");

    /**
     * Whether a short message only asks whether something is open on a day, naming no place ("kalo sabtu buka gk?", "Is it
     * open on Saturday?"): like a message that points back, it asks about the place the conversation is on, whatever its
     * own words find surely (the public-service mall's hours). Every word is a day, an opening word or glue, as typed or in
     * normalised spelling, with at least one day and one opening word; or its first question is such ("kalo sabtu buka gk? sy
     * kerja senin-jumat", batch G35).
     */
    static boolean asksOpeningDay(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int mark = text.indexOf('?');
        if (mark > 0 && mark < text.strip().length() - 1 && asksOpeningDay(text.substring(0, mark))) {
            return true; // "Is it open on Sunday too? I want to bring my kids": the question, then why
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return onlyOpeningDay(shortWords(text)) || onlyOpeningDay(NOT_WORD.matcher(lower).replaceAll(" ").strip().split(" "));
    }

    private static boolean onlyOpeningDay(String[] words) {
        if (words.length == 0 || words.length > MAX_WORDS + 2) {
            return false;
        }
        boolean day = false;
        boolean open = false;
        for (String word : words) {
            if (DAY.contains(word)) {
                day = true;
            } else if (OPENING.contains(word)) {
                open = true;
            } else if (!OPENING_GLUE.contains(word)) {
                return false;
            }
        }
        return day && open;
    }

    /**
     * How many words the message has after those that take the last reply in ("oh", "yaudah"): "oh bisa online ya, linknya
     * apa min" is a follow-up of six words after "oh". Counted as typed (the whitespace-separated words).
     */
    static int wordsAfterGivingIn(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String[] typed = text.strip().split("\\s+");
        String[] split = shortWords(text);
        int skipped = split.length == typed.length ? afterGivingIn(split) : 0;
        return typed.length - skipped;
    }

    /** The message's words in normalised spelling, none when it is blank or longer than {@link #CONTINUES_MAX_WORDS}. */
    private static String[] shortWords(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        String words = NOT_WORD.matcher(IndonesianNormalizer.normalize(text.toLowerCase(Locale.ROOT))).replaceAll(" ").strip();
        String[] split = words.split(" ");
        return words.isEmpty() || split.length > CONTINUES_MAX_WORDS ? new String[0] : split;
    }

    /** Where the words after those that take the last reply in ("yaudah", "oh") begin; the last word is never skipped. */
    private static int afterGivingIn(String[] split) {
        int i = 0;
        while (i < split.length - 1 && GIVING_IN.contains(split[i])) {
            i++;
        }
        return i;
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
        if (NOT_STARTS.stream().anyMatch(padded::startsWith)) {
            return pointsBack(words) ? words : null;
        }
        return STARTS.stream().filter(s -> padded.startsWith(s) && padded.length() > s.length()).findFirst()
                .map(s -> padded.substring(s.length()).strip()).orElseGet(() -> pointsBack(words) ? words : null);
    }

    /** A word ending in -nya that points back to the previous question ("syaratnya", "dapur umumnya"). */
    private static boolean pointsBack(String words) {
        return Arrays.stream(words.split(" "))
                .anyMatch(w -> w.endsWith(NYA) && w.length() >= NYA_MIN_LENGTH && !NYA_NOT_BACK.contains(w));
    }
}
