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
    private static final Set<String> OWN_BEFORE = LISTS.of("OWN_BEFORE");
    private static final Set<String> DEATH_WORDS = LISTS.lines("DEATH").stream()
            .filter(line -> !line.contains(",")).flatMap(line -> List.of(line.split("\\s+")).stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern DEATH_PHRASES = Pattern.compile(" (?:" + String.join("|", LISTS.lines("DEATH").stream()
            .filter(line -> line.contains(",")).flatMap(line -> List.of(line.split(",")).stream())
            .map(String::strip).filter(p -> !p.isEmpty()).map(Pattern::quote).toList()) + ") ");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");

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
        String[] words = joined.split(" ");
        boolean death = DEATH_PHRASES.matcher(" " + joined + " ").find();
        boolean ownKin = false;
        for (int i = 0; i < words.length; i++) {
            death |= DEATH_WORDS.contains(words[i]);
            ownKin |= ownKin(words, i);
        }
        return death && ownKin;
    }

    /** "ayah saya", "keluarga kami", "bapakku", "my husband". */
    private static boolean ownKin(String[] words, int i) {
        String word = words[i];
        if (word.length() > 3 && word.endsWith("ku") && KIN.contains(word.substring(0, word.length() - 2))) {
            return true;
        }
        if (!KIN.contains(word)) {
            return false;
        }
        return (i + 1 < words.length && OWN.contains(words[i + 1])) || (i > 0 && OWN_BEFORE.contains(words[i - 1]));
    }
}
