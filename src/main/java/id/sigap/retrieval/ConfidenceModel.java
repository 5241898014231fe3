package id.sigap.retrieval;

/**
 * A logistic model turning {@link ConfidenceFeatures} into the probability that the first hit answers
 * the question. The default constants were fitted with {@code eval --fit} (see docs/retrieval.md).
 */
public record ConfidenceModel(double bias, double[] weights) {

    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-7.0,
            new double[]{5.0, 5.0, 4.0, 1.0, 1.0, -2.0});

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
