package id.sigap.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits the {@link CandidateRanker}: a listwise softmax over each question's first fused candidates
 * (the candidates that answer it share the target), L2-regularised, by gradient descent on standardised
 * features, with each weight held to the sign its meaning gives it; and measures it by cross-validation.
 * Questions no candidate answers (unanswerable ones included) teach the ranking nothing and are left out.
 */
public final class RankerCalibration {

    /** The direction each {@link CandidateFeatures} value may move a candidate: up, except a missing term. */
    static final int[] SIGNS = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1};

    /** One question: its candidates' feature vectors in fused order and which of them answer it. */
    public record Question(List<double[]> candidates, List<Boolean> answers) {

        boolean teaches() {
            return answers.contains(true);
        }

        /** 1-based position of the first answering candidate once reordered by the ranker; 0 when none. */
        public int rank(CandidateRanker ranker) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Double.compare(ranker.score(candidates.get(b)), ranker.score(candidates.get(a))));
            for (int r = 0; r < order.size(); r++) {
                if (answers.get(order.get(r))) {
                    return r + 1;
                }
            }
            return 0;
        }
    }

    private RankerCalibration() {
    }

    public static CandidateRanker fit(List<Question> questions, double l2) {
        List<Question> teaching = questions.stream().filter(Question::teaches).toList();
        if (teaching.isEmpty()) {
            return CandidateRanker.NONE;
        }
        int d = CandidateFeatures.NAMES.length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        int rows = 0;
        for (Question q : teaching) {
            for (double[] x : q.candidates()) {
                rows++;
                for (int j = 0; j < d; j++) {
                    mean[j] += x[j];
                    sd[j] += x[j] * x[j];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= rows;
            sd[j] = Math.max(Math.sqrt(Math.max(0, sd[j] / rows - mean[j] * mean[j])), 1e-6);
        }
        double[] w = new double[d];
        double rate = 0.5;
        for (int iteration = 0; iteration < 800; iteration++) {
            double[] gradient = new double[d];
            for (Question q : teaching) {
                int n = q.candidates().size();
                double[] p = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        s += w[j] * (q.candidates().get(i)[j] - mean[j]) / sd[j];
                    }
                    p[i] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    p[i] = Math.exp(p[i] - max);
                    sum += p[i];
                }
                long answering = q.answers().stream().filter(a -> a).count();
                for (int i = 0; i < n; i++) {
                    double error = p[i] / sum - (q.answers().get(i) ? 1.0 / answering : 0);
                    for (int j = 0; j < d; j++) {
                        gradient[j] += error * (q.candidates().get(i)[j] - mean[j]) / sd[j];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (gradient[j] / teaching.size() + l2 * w[j]);
                w[j] = SIGNS[j] > 0 ? Math.max(0, w[j]) : Math.min(0, w[j]);
            }
        }
        // Back to the raw scale; a constant shift changes no ranking and no softmax share, so none is kept.
        double[] raw = new double[d];
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
        }
        return new CandidateRanker(raw);
    }

    /**
     * Out-of-fold ranks of the first {@code evaluated} questions: each fold's questions ranked by a ranker
     * fitted on all the others (the later questions, e.g. another set, are only ever trained on).
     */
    public static int[] crossValidatedRanks(List<Question> questions, int evaluated, double l2, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < evaluated; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] ranks = new int[evaluated];
        for (int f = 0; f < folds; f++) {
            List<Question> train = new ArrayList<>(questions.subList(evaluated, questions.size()));
            List<Integer> test = new ArrayList<>();
            for (int k = 0; k < evaluated; k++) {
                if (k % folds == f) {
                    test.add(order.get(k));
                } else {
                    train.add(questions.get(order.get(k)));
                }
            }
            CandidateRanker ranker = fit(train, l2);
            for (int i : test) {
                ranks[i] = questions.get(i).rank(ranker);
            }
        }
        return ranks;
    }

    public static String asJava(CandidateRanker ranker) {
        StringBuilder s = new StringBuilder("new CandidateRanker(new double[]{");
        for (int j = 0; j < ranker.weights().length; j++) {
            s.append(String.format(java.util.Locale.ROOT, "%s%.4f", j == 0 ? "" : ", ", ranker.weights()[j]));
        }
        return s.append("})").toString();
    }
}
