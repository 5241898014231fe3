package id.sigap.retrieval;

import id.sigap.texts.OfficeFiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Offices and services a question may name ({@code office-names.txt} in the prompts directory, the packaged copy as the
 * fallback): each line one office, its names as index terms (normalised and stemmed like the questions). A question that
 * names an office is not answered surely with an entry that names none of its names.
 */
final class OfficeNames {

    static final String FILE = "office-names.txt";

    private final List<Set<String>> offices;

    private OfficeNames(List<Set<String>> offices) {
        this.offices = offices;
    }

    /** The office's list, or the packaged one when the office has none. */
    static OfficeNames load() {
        return parse(OfficeFiles.read(OfficeFiles.promptsDirectory(), FILE).orElse(""));
    }

    static OfficeNames parse(String text) {
        List<Set<String>> offices = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String names = line.strip();
            if (!names.isEmpty() && !names.startsWith("#")) {
                Set<String> terms = new HashSet<>(IndonesianAnalysis.terms(IndonesianNormalizer.normalize(names)));
                if (!terms.isEmpty()) {
                    offices.add(Set.copyOf(terms));
                }
            }
        }
        return new OfficeNames(List.copyOf(offices));
    }

    /** Whether the question's terms name an office of which the entry's terms name nothing. */
    boolean namesAnother(Collection<String> question, Set<String> entry) {
        return offices.stream().anyMatch(office -> namedNotIn(office, question, entry)); // on every search: stops at one
    }

    /** The offices (each its names) that the question's terms name and the entry's terms name nothing of. */
    List<Set<String>> namedNotIn(Collection<String> question, Set<String> entry) {
        return offices.stream().filter(office -> namedNotIn(office, question, entry)).toList();
    }

    private static boolean namedNotIn(Set<String> office, Collection<String> question, Set<String> entry) {
        return office.stream().anyMatch(question::contains) && office.stream().noneMatch(entry::contains);
    }
}
