package id.sigap.llm;

import java.util.List;
import java.util.Optional;

/**
 * No reversal: a word with an opposite ("ditutup", "sudah", "sampai", "berbayar") is not said where the
 * passage says the opposite and not the word ("dibuka", "belum", "mulai", "gratis").
 */
final class OppositeCheck implements ClauseCheck {

    @Override
    public Optional<GroundingRejection> check(List<GroundingText.Token> clause, Passage passage, ApprovedSources sources) {
        for (GroundingText.Token t : clause) {
            if (t.negated()) {
                continue;
            }
            for (String form : t.forms()) {
                for (GroundingLexicon.Side side : GroundingLexicon.opposites(form)) {
                    if (side.same().stream().noneMatch(passage.words::contains)) {
                        Optional<String> other = side.other().stream().filter(passage.words::contains).findFirst();
                        if (other.isPresent()) {
                            return Optional.of(GroundingRejection.of(GroundingRejection.Reason.ANTONYM_REVERSAL,
                                    t.text() + "/" + other.get()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
