package id.sigap.retrieval;

/**
 * A logistic model turning {@link ConfidenceFeatures} into the probability that the first hit answers
 * the question. The default constants were fitted with {@code eval --fit} (see docs/retrieval.md).
 */
public record ConfidenceModel(double bias, double[] weights) {

    /**
     * Fitted with sign constraints and L2 0.01 on two sets at once, so that it is not the model of one
     * knowledge base: the team's golden set (285 questions, 64 entries) and IDK-MRC as {@code eval --idk-mrc}
     * builds it (495 questions, 251 Wikipedia passages), 780 questions in all (2026-11-24,
     * {@code eval --idk-mrc ... --features idk.csv}, then {@code eval --kb ... --golden ... --fit --fit-also
     * idk.csv}). Out-of-fold (5-fold, 3 shuffles) figures are in docs/retrieval.md. The unknown-word, typo
     * and missing-term signals came out at or near zero: both sets have many words no entry uses (slang,
     * typos, English) in questions that are answerable. Refit when the knowledge base or the embedding model
     * changes a lot.
     */
    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-5.5803, new double[]{
            3.6729, 3.0997, 8.5717, 0.0266, 1.0684, -0.7347, 0.0, 0.9878, 0.4698, 0.8088, 4.0821, 0.0, -0.0913, 0.0});

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
