package id.sigap.llm;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A few neighbouring sentences of one entry (with its title): one statement of an answer must be
 * supported within one passage, so that words picked from different places cannot be put together
 * into a new claim.
 */
final class Passage {

    final String entryId;
    /** One sentence (with the title), not two. */
    final boolean singleSentence;
    /** Stems and words present. */
    final Set<String> words = new HashSet<>();
    final Set<String> numberKeys = new HashSet<>();
    /** Keys seen inside the reach of a negation. */
    final Set<String> negated = new HashSet<>();
    /** Keys seen at least once outside the reach of any negation. */
    final Set<String> plain = new HashSet<>();
    final Set<GroundingLexicon.Modality> modalities = EnumSet.noneOf(GroundingLexicon.Modality.class);

    Passage(String entryId, List<GroundingText.Sentence> sentences, boolean singleSentence) {
        this.entryId = entryId;
        this.singleSentence = singleSentence;
        for (GroundingText.Sentence sentence : sentences) {
            for (GroundingText.Token t : sentence.tokens()) {
                words.add(t.key());
                words.addAll(t.forms());
                numberKeys.addAll(t.numbers());
                for (String key : keys(t)) {
                    if (t.negated()) {
                        negated.add(key);
                    }
                    if (!t.negated()) {
                        plain.add(key);
                    }
                }
                GroundingLexicon.modality(t.text()).ifPresent(modalities::add);
            }
        }
    }

    /** A token is found by any of its forms (a number: any of its keys). */
    static Set<String> keys(GroundingText.Token t) {
        return t.forms();
    }

    boolean has(GroundingText.Token t) {
        return t.kind() == GroundingText.Kind.NUMBER
                ? t.numbers().stream().anyMatch(numberKeys::contains) : t.forms().stream().anyMatch(words::contains);
    }

    boolean hasNegated(GroundingText.Token t) {
        return keys(t).stream().anyMatch(negated::contains);
    }

    /** The passage has the token, but only ever within the reach of a negation. */
    boolean onlyNegated(GroundingText.Token t) {
        return has(t) && keys(t).stream().noneMatch(plain::contains);
    }
}
