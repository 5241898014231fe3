package id.sigap.llm;

import java.util.Optional;

/**
 * No letter of another script unless the sources have it: a Cyrillic "о" in "gо.id" makes a look-alike
 * of an official address that no comparison of words would catch.
 */
final class ForeignScriptRule implements GroundingRule {

    @Override
    public Optional<GroundingRejection> check(CandidateAnswer answer, ApprovedSources sources) {
        String text = answer.canonical();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN
                    && !sources.hasCodePoint(cp)) {
                return Optional.of(GroundingRejection.of(GroundingRejection.Reason.FOREIGN_SCRIPT,
                        String.format("U+%04X", cp)));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }
}
