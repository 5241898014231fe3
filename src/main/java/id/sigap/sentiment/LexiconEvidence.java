package id.sigap.sentiment;

import java.util.List;

/**
 * What the lexicon and the rules found in one message.
 *
 * @param positive      summed positive weight (after negation, intensity and sarcasm)
 * @param negative      summed negative weight
 * @param strength      how strongly negative: the strongest negative hit plus the rest and the surface cues
 * @param hostile       abusive words aimed at someone
 * @param sarcasm       praise that is really a complaint
 * @param negations     how many sentiment words a negator flipped
 * @param hits          how many lexicon sentiment words matched
 * @param signals       short reasons, e.g. {@code lex:neg}, {@code negation}, {@code sarcasm}
 */
record LexiconEvidence(double positive, double negative, double strength, boolean hostile, boolean sarcasm,
                       int negations, int hits, List<String> signals) {
}
