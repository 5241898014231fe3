package id.sigap.retrieval;

import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.texts.OfficeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kinds of crisis (a flood, a fire, an earthquake) and the words that name each. An entry whose title or tags
 * name a crisis is about that crisis; a question that names another crisis and not the entry's is not
 * answered with it (the flood's road closures do not answer "is the road still closed after the fire?"). The
 * list is runtime data the office edits, {@code events.txt} in the prompts directory, with the packaged copy
 * as the fallback; phrases are kept as index terms (normalised and stemmed like the questions).
 */
final class CrisisEvents {

    private static final Logger log = LoggerFactory.getLogger(CrisisEvents.class);

    static final String FILE = "events.txt";
    /** The line whose phrases name no crisis though they share its words ("pemadam kebakaran" is the fire brigade). */
    static final String NONE_NAMED = "bukan krisis";
    /** The tag of an entry that serves every crisis though its title names one (official channels, say). */
    static final String EVERY_CRISIS_TAG = "semua-krisis";

    /** Each crisis's phrases, each phrase as the index terms it must all have. */
    private final Map<String, List<Set<String>>> phrases;
    /** Phrases, as runs of index terms, that name no crisis and are set aside before a text is read. */
    private final List<List<String>> noCrisis;

    private CrisisEvents(Map<String, List<Set<String>>> phrases, List<List<String>> noCrisis) {
        this.phrases = phrases;
        this.noCrisis = noCrisis;
    }

    /** The office's list, or the packaged one when the office has none. */
    static CrisisEvents load() {
        return parse(OfficeFiles.read(OfficeFiles.promptsDirectory(), FILE).orElse(""), FILE);
    }

    /**
     * Reads "name: word, phrase of words, ..." lines; a line without a name and words is skipped with a warning
     * naming the file and the line (the rest of the list still works).
     */
    static CrisisEvents parse(String text, String file) {
        Map<String, List<Set<String>>> phrases = new LinkedHashMap<>();
        List<List<String>> noCrisis = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                log.warn("{}:{}: expected \"crisis: word, phrase, ...\" (line skipped): {}", file, i + 1, line);
                continue;
            }
            String name = line.substring(0, colon).strip();
            for (String phrase : line.substring(colon + 1).split(",")) {
                List<String> terms = IndonesianAnalysis.terms(IndonesianNormalizer.normalize(phrase));
                if (terms.isEmpty()) {
                    continue;
                }
                if (name.equalsIgnoreCase(NONE_NAMED)) {
                    noCrisis.add(List.copyOf(terms));
                } else {
                    phrases.computeIfAbsent(name, n -> new ArrayList<>()).add(Set.copyOf(terms));
                }
            }
        }
        return new CrisisEvents(Map.copyOf(phrases), List.copyOf(noCrisis));
    }

    /** The crises that these index terms name (a text's terms in order: a phrase naming none is a run of them). */
    Set<String> named(List<String> terms) {
        if (phrases.isEmpty() || terms.isEmpty()) {
            return Set.of();
        }
        // Most questions name no crisis: the runs that name none are looked for only when some crisis is named at all
        // (setting words aside can only name fewer).
        Set<String> named = matching(new HashSet<>(terms));
        return named.isEmpty() || noCrisis.isEmpty() ? named : matching(new HashSet<>(withoutNoCrisis(terms)));
    }

    /** The crises one of whose phrases has all its terms among these. */
    private Set<String> matching(Set<String> have) {
        Set<String> named = new TreeSet<>();
        phrases.forEach((name, list) -> {
            if (list.stream().anyMatch(have::containsAll)) {
                named.add(name);
            }
        });
        return named;
    }

    /** The terms without the runs that name no crisis ("pemadam kebakaran", "ayam bakar"). */
    private List<String> withoutNoCrisis(List<String> terms) {
        boolean[] dropped = new boolean[terms.size()];
        for (List<String> run : noCrisis) {
            for (int i = 0; i + run.size() <= terms.size(); i++) {
                if (terms.subList(i, i + run.size()).equals(run)) {
                    Arrays.fill(dropped, i, i + run.size(), true);
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!dropped[i]) {
                kept.add(terms.get(i));
            }
        }
        return kept;
    }

    /**
     * Whether an entry serves every crisis whatever its title says: the office's emergency numbers and entries tagged
     * {@value #EVERY_CRISIS_TAG}.
     */
    static boolean servesEvery(KnowledgeEntry entry) {
        return entry.emergencyNumbers() || entry.tags().contains(EVERY_CRISIS_TAG);
    }

    /** The crises a text names. */
    Set<String> named(String text) {
        return named(IndonesianAnalysis.terms(IndonesianNormalizer.normalize(text)));
    }

    /**
     * Whether an entry about {@code entryCrises} may answer a question naming {@code asked}: it is about no
     * crisis, the question names none, or they share one.
     */
    static boolean fits(Set<String> entryCrises, Set<String> asked) {
        return entryCrises.isEmpty() || asked.isEmpty() || entryCrises.stream().anyMatch(asked::contains);
    }
}
