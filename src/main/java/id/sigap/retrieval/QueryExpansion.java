package id.sigap.retrieval;

import id.sigap.texts.OfficeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Words a question may use where the approved text says another: the office's groups of words that mean the same
 * in a citizen's question ("syarat" and "persyaratan", "kk" and "kartu keluarga"), from {@code synonyms.txt} in the
 * prompts directory (the packaged copy as fallback). The other members of a group are searched beside the question's
 * own words at a lower weight, so an entry that says the question's own word still ranks first. Read with each
 * (re)load of the knowledge base.
 */
final class QueryExpansion {

    static final String FILE = "synonyms.txt";
    /**
     * Weight of a word from the same group as a word of the question, against 1 for the question's own words: 0.25
     * made fewer wrong answers than 0.5 held out with the same list (docs/retrieval.md, "Synonym groups").
     */
    static final double SYNONYM_WEIGHT = 0.25;

    private static final Logger log = LoggerFactory.getLogger(QueryExpansion.class);

    /** Each group's members, each member the index terms of one word or phrase. */
    private final List<List<List<String>>> groups;

    QueryExpansion(List<List<List<String>>> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The office's groups, or the packaged ones when the office has none. */
    static QueryExpansion load() {
        return new QueryExpansion(parse(OfficeFiles.read(OfficeFiles.promptsDirectory(), FILE).orElse(""), FILE));
    }

    static List<List<List<String>>> parse(String text, String file) {
        List<List<List<String>>> groups = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<List<String>> members = new ArrayList<>();
            for (String member : line.split(",")) {
                List<String> terms = IndonesianAnalysis.terms(IndonesianNormalizer.normalize(member.strip()));
                if (!terms.isEmpty() && !members.contains(terms)) {
                    members.add(List.copyOf(terms));
                }
            }
            if (members.size() < 2) {
                log.warn("{}:{}: a group needs at least two words or phrases separated by commas (line skipped)",
                        file, i + 1);
                continue;
            }
            groups.add(List.copyOf(members));
        }
        return groups;
    }

    /**
     * The terms to search beside the question's own, each with its weight: the other members of every group one of
     * whose members the question contains (all of a phrase's words), as far as the index knows them. Words the
     * question already has are never added.
     */
    Map<String, Double> expand(List<String> terms, Predicate<String> known) {
        Map<String, Double> added = new LinkedHashMap<>();
        for (List<List<String>> group : groups) {
            if (group.stream().noneMatch(terms::containsAll)) {
                continue;
            }
            for (List<String> member : group) {
                for (String term : member) {
                    if (!terms.contains(term) && known.test(term)) {
                        added.merge(term, SYNONYM_WEIGHT, Math::max);
                    }
                }
            }
        }
        return added;
    }
}
