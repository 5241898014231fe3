package id.sigap.conversation;

import id.sigap.retrieval.IndonesianNormalizer;
import id.sigap.texts.WordTable;

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
    /** Kin of two words ("orang tua"), read as one word before anything else. */
    private static final List<String> KIN_PHRASES = LISTS.lines("KIN_PHRASE").stream()
            .flatMap(line -> List.of(line.split(",")).stream()).map(String::strip).filter(p -> !p.isEmpty()).toList();
    private static final Set<String> OWN_BEFORE = LISTS.of("OWN_BEFORE");
    /** Words that may stand between a kin word and its OWN word ("kakak perempuan saya", "anak pertama kami"). */
    private static final Set<String> DESCRIBER = LISTS.of("DESCRIBER");
    private static final int MAX_DESCRIBERS = 2;
    private static final Set<String> DEATH_WORDS = LISTS.lines("DEATH").stream()
            .filter(line -> !line.contains(",")).flatMap(line -> List.of(line.split("\\s+")).stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern DEATH_PHRASES = Pattern.compile(" (?:" + String.join("|", LISTS.lines("DEATH").stream()
            .filter(line -> line.contains(",")).flatMap(line -> List.of(line.split(",")).stream())
            .map(String::strip).filter(p -> !p.isEmpty()).map(Pattern::quote).toList()) + ") ");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");
    /** Words that make a death word no death that happened ("hampir meninggal", "takut ibu sy meninggal"). */
    private static final Set<String> NOT_BEFORE = LISTS.of("NOT_BEFORE");
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
        String joined = NOT_WORD.matcher(text).replaceAll(" ").strip();
        for (String kin : KIN_PHRASES) {
            joined = (" " + joined + " ").replace(" " + kin + " ", " " + kin.replace(" ", "") + " ").strip();
        }
        String[] words = joined.split(" ");
        boolean death = false;
        java.util.regex.Matcher phrase = DEATH_PHRASES.matcher(" " + joined + " ");
        int from = 0;
        while (!death && phrase.find(from)) {
            // the words before the phrase: count the spaces before its start in the padded text
            int before = (int) (" " + joined).substring(0, phrase.start() + 1).chars().filter(c -> c == ' ').count() - 1;
            death = happened(words, before);
            from = phrase.start() + 1;
        }
        boolean ownKin = false;
        for (int i = 0; i < words.length; i++) {
            death |= DEATH_WORDS.contains(words[i]) && happened(words, i);
            ownKin |= ownKin(words, i);
        }
        return death && ownKin;
    }

    /** No word just before the death word at {@code i} says it nearly, maybe or did not happen. */
    private static boolean happened(String[] words, int i) {
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
        if (!KIN.contains(word) && KIN_PHRASES.stream().noneMatch(kin -> kin.replace(" ", "").equals(word))) {
            return false;
        }
        int next = i + 1;
        while (next < words.length && next <= i + MAX_DESCRIBERS && DESCRIBER.contains(words[next])) {
            next++;
        }
        return (next < words.length && OWN.contains(words[next])) || (i > 0 && OWN_BEFORE.contains(words[i - 1]));
    }
}
