package id.sigap.sentiment;

import java.util.List;

/**
 * What the lexicon and the rules found in one message.
 *
 * @param positive      summed positive weight (after negation, intensity and sarcasm)
 * @param negative      summed negative weight
 * @param complaint     the part of {@code negative} that is not a plain word for a service's state ("mati",
 *                      "ditutup", "telat"): complaint, blame, distress, sarcasm, or a state word negated or
 *                      intensified; a lone negator ("belum?") counts for neither
 * @param topic         the part of {@code negative} from plain words that can name what a question is about
 *                      ("rusak", "korban", "anjing" inside a clause; {@code sentiment/words.tsv}), not negated
 *                      or intensified
 * @param strength      how strongly negative: the strongest negative hit plus the rest and the surface cues
 * @param hostile       abusive words aimed at someone
 * @param sarcasm       praise that is really a complaint
 * @param negations     how many sentiment words a negator flipped
 * @param hits          how many lexicon sentiment words matched
 * @param signals       short reasons, e.g. {@code lex:neg}, {@code negation}, {@code sarcasm}
 */
record LexiconEvidence(double positive, double negative, double complaint, double topic, double strength, boolean hostile, boolean sarcasm,
                       int negations, int hits, List<String> signals) {
}
