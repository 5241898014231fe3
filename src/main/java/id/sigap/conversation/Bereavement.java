package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A citizen telling of a death in their own family ("suami sy meninggal kena banjir, ada santunan?", "my father
 * died in the flood"). Such a message is never met with a list of entries to pick from or told it is outside
 * the office's remit: condolences first, then the approved answer when retrieval is sure of one, otherwise a person
 * (docs/decision.md). A death without a family member of the writer's ("berapa korban meninggal", "santunan korban
 * meninggal") is an ordinary question.
 */
final class Bereavement {

    /** The word lists, from {@code conversation/bereavement.tsv} (the file explains each kind). */
    private static final WordTable LISTS = WordTable.load("conversation/bereavement.tsv");
    private static final Set<String> KIN = LISTS.of("KIN");
    private static final Set<String> OWN = LISTS.of("OWN");
    private static final Set<String> OWN_BEFORE = LISTS.of("OWN_BEFORE");
    /** Words that may stand between a kin word and its OWN word ("kakak perempuan saya", "anak pertama kami"). */
    private static final Set<String> DESCRIBER = LISTS.of("DESCRIBER");
    private static final int MAX_DESCRIBERS = 2;
    /** Kin of two words ("orang tua") and deaths of two or more ("meninggal dunia"), each read as one word. */
    private static final List<String> PHRASES = java.util.stream.Stream.of("KIN_PHRASE", "DEATH")
            .flatMap(kind -> LISTS.lines(kind).stream()).filter(line -> line.contains(","))
            .flatMap(line -> Arrays.stream(line.split(","))).map(String::strip).filter(p -> p.contains(" ")).toList();
    /** Kin words, with each two-word kin as the one word {@link #joined} makes of it. */
    private static final Set<String> KIN_WORDS = words("KIN", "KIN_PHRASE");
    /** Death words, with each death phrase as the one word {@link #joined} makes of it. */
    private static final Set<String> DEATH_WORDS = words("DEATH");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");
    /** Words that make a death word no death that happened ("hampir meninggal", "takut ibu sy meninggal"). */
    private static final Set<String> NOT_BEFORE = LISTS.of("NOT_BEFORE");
    /** Words that make a {@link #CARRIED} word right after them a vehicle ("mobil jenazah", "ambulans jenazah"); "kecelakaan mobil meninggal" is a death. */
    private static final Set<String> VEHICLE = LISTS.of("VEHICLE");
    /** The death words a {@link #VEHICLE} word just before turns into the vehicle's name. */
    private static final Set<String> CARRIED = LISTS.of("CARRIED");
    /** How many words before a death word {@link #NOT_BEFORE} reaches ("tidak ada yang meninggal"). */
    private static final int NOT_BEFORE_REACH = 3;

    private Bereavement() {
    }

    static boolean is(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // As typed and as normalised: "sy" is "saya" only after normalising, "my father" is English only before.
        return told(lower) || told(IndonesianNormalizer.normalize(lower));
    }

    private static boolean told(String text) {
        String[] words = joined(NOT_WORD.matcher(text).replaceAll(" ").strip()).split(" ");
        boolean death = false;
        boolean ownKin = false;
        for (int i = 0; i < words.length; i++) {
            death |= DEATH_WORDS.contains(words[i]) && happened(words, i);
            ownKin |= ownKin(words, i);
        }
        return death && ownKin;
    }

    /** The text with each phrase written as one word ("orang tua" as "orangtua", "meninggal dunia" as one). */
    private static String joined(String text) {
        String padded = " " + text + " ";
        for (String phrase : PHRASES) {
            padded = padded.replace(" " + phrase + " ", " " + phrase.replace(" ", "") + " ");
        }
        return padded.strip();
    }

    /** The words of these kinds: single words as they are, phrases (comma-separated lines) as {@link #joined} writes them. */
    private static Set<String> words(String... kinds) {
        return Arrays.stream(kinds).flatMap(kind -> LISTS.lines(kind).stream())
                .flatMap(line -> line.contains(",")
                        ? Arrays.stream(line.split(",")).map(p -> p.strip().replace(" ", ""))
                        : Arrays.stream(line.strip().split("\\s+")))
                .filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** No word just before the death word at {@code i} says it nearly, maybe or did not happen. */
    private static boolean happened(String[] words, int i) {
        if (i > 0 && VEHICLE.contains(words[i - 1]) && CARRIED.stream().anyMatch(words[i]::startsWith)) {
            return false;
        }
        for (int j = Math.max(0, i - NOT_BEFORE_REACH); j < i; j++) {
            if (NOT_BEFORE.contains(words[j])) {
                return false;
            }
        }
        return true;
    }

    /** "ayah saya", "keluarga kami", "kakak perempuan saya", "bapakku", "my husband". */
    private static boolean ownKin(String[] words, int i) {
        String word = words[i];
        if (word.length() > 3 && word.endsWith("ku") && KIN.contains(word.substring(0, word.length() - 2))) {
            return true;
        }
        if (!KIN_WORDS.contains(word)) {
            return false;
        }
        int next = i + 1;
        while (next < words.length && next <= i + MAX_DESCRIBERS && DESCRIBER.contains(words[next])) {
            next++;
        }
        return (next < words.length && OWN.contains(words[next])) || (i > 0 && OWN_BEFORE.contains(words[i - 1]));
    }
}
