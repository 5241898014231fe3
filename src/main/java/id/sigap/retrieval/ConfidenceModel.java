package id.sigap.retrieval;

/**
 * A logistic model turning {@link ConfidenceFeatures} into the probability that the first hit answers
 * the question. The default constants were fitted with {@code eval --fit} (see docs/retrieval.md).
 */
public record ConfidenceModel(double bias, double[] weights) {

    /**
     * Fitted on the team's golden set (285 questions, 64 entries served, 2026-11-23) with sign constraints
     * and L2 0.01; 5-fold cross-validated log-loss 0.49, Brier 0.16. Cosine, unknown share and missing
     * term came out at zero: on this knowledge base the English-trained embedding adds nothing beyond
     * its margin, and the other two are subsumed by coverage. Refit with {@code eval --fit} when the
     * knowledge base or the embedding model changes.
     */
    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-1.6004,
            new double[]{4.5838, 0.0, 6.8052, 0.3030, 0.7451, 0.0, 0.0});

    public double probability(ConfidenceFeatures features) {
        return probabilityOf(features.vector());
    }

    public double probabilityOf(double[] x) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
