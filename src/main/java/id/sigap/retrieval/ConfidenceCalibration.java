package id.sigap.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fits the {@link ConfidenceModel}: L2-regularised logistic regression by gradient descent on
 * standardised features (a few hundred labelled questions, six features: no library needed), and
 * reports how well the fitted probabilities match what happened, by cross-validation.
 */
public final class ConfidenceCalibration {


    private ConfidenceCalibration() {
    }

    /** Label: whether the first hit answered the question (false for unanswerable questions). */
    public static ConfidenceModel fit(List<double[]> features, List<Boolean> labels, double l2) {
        int n = features.size();
        int d = features.getFirst().length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] x : features) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[j] / n;
            }
        }
        for (double[] x : features) {
            for (int j = 0; j < d; j++) {
                sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.max(Math.sqrt(sd[j]), 1e-6);
        }
        double[] w = new double[d];
        double b = 0;
        double rate = 0.5;
        for (int iteration = 0; iteration < 3000; iteration++) {
            double[] gw = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * (features.get(i)[j] - mean[j]) / sd[j];
                }
                double error = 1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gw[j] += error * (features.get(i)[j] - mean[j]) / sd[j] / n;
                }
                gb += error / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (gw[j] + l2 * w[j]);
                // Each feature may only push the way its meaning says (more coverage: more confident; more
                // unknown words: less). A weight that wants the other sign is fitting noise: it stays 0.
                w[j] = ConfidenceFeatures.SIGNS[j] > 0 ? Math.max(0, w[j]) : Math.min(0, w[j]);
            }
            b -= rate * gb;
        }
        // Back to the raw feature scale, so that the model needs no standardisation at run time.
        double[] raw = new double[d];
        double bias = b;
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
            bias -= w[j] * mean[j] / sd[j];
        }
        return new ConfidenceModel(bias, raw);
    }

    /** Out-of-fold probabilities of a k-fold cross-validation (folds by a fixed shuffle). */
    public static double[] crossValidated(List<double[]> features, List<Boolean> labels, double l2, int folds) {
        return crossValidated(features, labels, l2, folds, 7);
    }

    /** The same with the folds of another shuffle. */
    public static double[] crossValidated(List<double[]> features, List<Boolean> labels, double l2, int folds,
                                          long seed) {
        int n = features.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        double[] out = new double[n];
        for (int f = 0; f < folds; f++) {
            List<double[]> trainX = new ArrayList<>();
            List<Boolean> trainY = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int i = order.get(k);
                if (k % folds == f) {
                    test.add(i);
                } else {
                    trainX.add(features.get(i));
                    trainY.add(labels.get(i));
                }
            }
            ConfidenceModel model = fit(trainX, trainY, l2);
            for (int i : test) {
                out[i] = model.probabilityOf(features.get(i));
            }
        }
        return out;
    }

    /** A reliability table: predicted against observed rates in ten bins, plus log-loss and Brier score. */
    public static String report(double[] predicted, List<Boolean> labels) {
        int[] count = new int[10];
        double[] sumP = new double[10];
        int[] positive = new int[10];
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, predicted[i]));
            int bin = Math.min(9, (int) (p * 10));
            count[bin]++;
            sumP[bin] += p;
            boolean y = labels.get(i);
            positive[bin] += y ? 1 : 0;
            logLoss -= y ? Math.log(p) : Math.log(1 - p);
            brier += (p - (y ? 1 : 0)) * (p - (y ? 1 : 0));
        }
        StringBuilder out = new StringBuilder("bin       n  predicted  observed\n");
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                out.append(String.format(Locale.ROOT, "%.1f-%.1f %4d  %9.3f  %8.3f%n", b / 10.0, (b + 1) / 10.0,
                        count[b], sumP[b] / count[b], positive[b] / (double) count[b]));
            }
        }
        out.append(String.format(Locale.ROOT, "log-loss %.4f, Brier %.4f, n %d%n", logLoss / predicted.length,
                brier / predicted.length, predicted.length));
        return out.toString();
    }

    public static String asJava(ConfidenceModel model) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "new ConfidenceModel(%.4f, new double[]{", model.bias()));
        for (int j = 0; j < model.weights().length; j++) {
            s.append(String.format(Locale.ROOT, "%s%.4f", j == 0 ? "" : ", ", model.weights()[j]));
        }
        return s.append("})").toString();
    }
}
