package id.sigap.retrieval;

import id.sigap.texts.OfficeFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that say how, when, where or how much but never what a question is about ("berlaku", "biaya",
 * "jam buka"): a match on them alone is no evidence of the topic. The list is runtime data the office edits,
 * {@code generic-words.txt} in the prompts directory ({@code SIGAP_PROMPTS_DIR}, default {@code ./prompts}),
 * with the packaged copy as the fallback; kept as index terms (normalised and stemmed like the questions).
 */
final class GenericWords {

    static final String FILE = "generic-words.txt";
    /** The possessive suffix, the commonest ending a generic word carries in a question ("biayanya"). */
    private static final String SUFFIX = "nya";

    private GenericWords() {
    }

    /** The index terms of the office's list, or of the packaged one when the office has none. */
    static Set<String> terms() {
        return parse(OfficeFiles.read(OfficeFiles.promptsDirectory(), FILE).orElse(""));
    }

    static Set<String> parse(String text) {
        Set<String> terms = new HashSet<>();
        for (String line : text.split("\\R")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                // With "-nya" the stemmer may cut a word otherwise ("berlaku" and "berlakunya" part ways).
                for (String form : List.of(word, word + SUFFIX)) {
                    terms.addAll(IndonesianAnalysis.terms(IndonesianNormalizer.normalize(form)));
                }
            }
        }
        return Set.copyOf(terms);
    }
}
