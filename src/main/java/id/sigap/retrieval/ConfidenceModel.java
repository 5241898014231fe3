package id.sigap.retrieval;

/**
 * A logistic model turning {@link ConfidenceFeatures} into the probability that the first hit answers
 * the question. The default constants were fitted with {@code eval --fit} (see docs/retrieval.md).
 */
public record ConfidenceModel(double bias, double[] weights) {

    /**
     * Fitted with sign constraints and L2 0.01 on two sets at once, so that it is not the model of one
     * knowledge base: the team's golden set (285 questions, 64 entries) and IDK-MRC as {@code eval --idk-mrc}
     * builds it (495 questions, 251 Wikipedia passages), 780 questions in all (2026-11-24, with the second
     * ranking stage of {@link CandidateRanker#DEFAULT}; {@code eval --idk-mrc ... --features idk.csv}, then
     * {@code eval --kb ... --golden ... --fit --fit-also idk.csv}, which also prints the out-of-fold figures
     * given in docs/retrieval.md). The missing-term and agreement signals came out at zero and the typo signal
     * near it: both sets have many words no entry uses (slang, typos, English) in questions that are
     * answerable. Refit when the knowledge base, the ranking or the embedding model changes a lot.
     */
    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-5.7717, new double[]{
            2.7053, 1.7158, 7.0115, 0.0000, 0.1718, -1.2235, 0.0000, 0.4091, 0.4164, 1.1145, 2.4526, -0.3399, -0.4378,
            3.1664});

    /**
     * The model for the dense side off ({@code dense-weight 0}, the default since 2026-12-01), fitted with
     * {@link CandidateRanker#LEXICAL} on the questions of all ten evaluation sets together, without the three
     * cosine features ({@code eval ... --ablation}, "fitted on all sets, without dense"; 2026-12-03, fifteenth
     * session). With it the built-in answer threshold is 0.75 (docs/retrieval.md).
     */
    public static final ConfidenceModel LEXICAL = new ConfidenceModel(-4.8145, new double[]{
            0.9661, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.4154, 1.6003, 2.0282, -1.4357, -0.6176,
            3.9108});

    /** The built-in model for these settings: {@link #LEXICAL} with the dense side off, else {@link #DEFAULT}. */
    public static ConfidenceModel builtIn(RetrievalSettings settings) {
        return settings.usesDense() ? DEFAULT : LEXICAL;
    }

    /**
     * Whether the model reads the feature at this position of {@link ConfidenceFeatures#NAMES}: one it gives
     * weight 0, or no weight at all (fitted before the feature existed), it does not, and the live path does not
     * compute it.
     */
    public boolean reads(int feature) {
        return feature < weights.length && weights[feature] != 0;
    }

    public double probability(ConfidenceFeatures features) {
        return probabilityOf(features.vector());
    }

    public double probabilityOf(double[] x) {
        double z = bias;
        // A model fitted before later features were added gives them no weight.
        for (int i = 0; i < Math.min(x.length, weights.length); i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
