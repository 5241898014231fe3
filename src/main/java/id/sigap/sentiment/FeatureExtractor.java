package id.sigap.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of the trained model: normalised words and word pairs (marked {@code !} inside a negation
 * scope), scaled so long reviews and short chat messages weigh alike, plus dense lexicon evidence, which
 * is what carries over from the training reviews to citizens' messages.
 */
final class FeatureExtractor {

    private final Set<String> negators;

    /** @param negators the lexicon's negators, which open a negation scope */
    FeatureExtractor(Set<String> negators) {
        this.negators = negators;
    }
    private static final int SCOPE = 3;

    Map<String, Double> features(NormalisedText text, LexiconEvidence evidence) {
        List<String> tokens = text.tokens();
        Map<String, Double> features = new HashMap<>();
        int scope = 0;
        String previous = null;
        int words = 0;
        for (String token : tokens) {
            if (token.equals(NormalisedText.BREAK)) {
                scope = 0;
                previous = null;
                continue;
            }
            String word = scope > 0 ? "!" + token : token;
            scope = negators.contains(token) ? SCOPE : Math.max(0, scope - 1);
            features.put("w:" + word, 1.0);
            if (previous != null) {
                features.put("b:" + previous + "_" + word, 1.0);
            }
            previous = word;
            words++;
        }
        if (!features.isEmpty()) {
            double scale = 1.0 / Math.sqrt(features.size());
            features.replaceAll((name, value) -> value * scale);
        }
        features.put("lex:pos", Math.log1p(evidence.positive()));
        features.put("lex:neg", Math.log1p(evidence.negative()));
        features.put("lex:strength", Math.log1p(evidence.strength()));
        if (evidence.sarcasm()) {
            features.put("lex:sarcasm", 1.0);
        }
        if (evidence.hostile()) {
            features.put("lex:abuse", 1.0);
        }
        if (evidence.hits() == 0) {
            features.put("lex:none", 1.0);
        }
        if (text.questions() > 0) {
            features.put("s:question", 1.0);
        }
        features.put("s:short", words <= 12 ? 1.0 : 0.0);
        return features;
    }
}
