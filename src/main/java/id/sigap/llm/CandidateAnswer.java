package id.sigap.llm;

import java.util.List;
import java.util.Set;

/**
 * A model's answer as the grounding rules read it.
 *
 * @param raw       the text the model returned
 * @param visible   what the citizen would read: citation markers and invisible characters removed
 * @param canonical {@code visible} in canonical form (see {@link GroundingText#canonical})
 * @param cited     the entry ids it cites, in order of first citation
 * @param links     the addresses it gives
 * @param sentences its sentences, addresses taken out
 */
record CandidateAnswer(String raw, String visible, String canonical, Set<String> cited, List<Links.Link> links,
                       List<GroundingText.Sentence> sentences) {

    static CandidateAnswer read(String raw, Set<String> cited, String withoutCitations) {
        String visible = GroundingText.visible(withoutCitations);
        String canonical = GroundingText.canonical(visible);
        return new CandidateAnswer(raw, visible, canonical, cited, Links.find(canonical),
                GroundingText.sentences(Links.without(canonical), false));
    }
}
