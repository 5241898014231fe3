package id.sigap.retrieval;

import java.util.List;

/**
 * The second ranking stage: a linear score over {@link CandidateFeatures} that reorders the first
 * fused candidates, and the softmax share of the first one (how sure the stage is of its choice, a
 * feature of the confidence model). The default constants were fitted with {@code eval --fit-ranker}
 * (see docs/retrieval.md); {@link #NONE} keeps the fused order.
 */
public record CandidateRanker(double[] weights) {

    /** Keeps the fused order: all weight on the reciprocal fused rank. */
    public static final CandidateRanker NONE = new CandidateRanker(new double[]{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});

    /**
     * Fitted on both sets at once (2026-11-24: the golden set's 285 questions and IDK-MRC's 495 as
     * {@code eval --idk-mrc} builds them, {@code eval ... --candidates FILE} for one, then {@code eval ...
     * --fit-ranker --ranker-also FILE} on the other). Fitted on either set alone, it ranks the other about as
     * well (docs/retrieval.md). The fused score itself came out at zero: what counts is the fused rank, the
     * BM25 score, the cosines, and how much of the question the entry says and how closely.
     */
    public static final CandidateRanker DEFAULT = new CandidateRanker(new double[]{
            0.0000, 0.9852, 2.6532, 3.7411, 4.4307, 2.5162, 3.5937, 1.3596, 0.8570, 1.5844, -1.6259});

    /**
     * The stage for the dense side off ({@code dense-weight 0}, the default since 2026-12-01: no query embedding),
     * fitted without the cosine features on the questions of all ten evaluation sets together (2026-12-03, fifteenth
     * session: the golden set, IDK-MRC and eight public sets, README's eval command with {@code --ablation}, "fitted
     * on all sets, without dense"). Fitted on nine of them, it gave fewer wrong answers on each left-out set than
     * fitted on seven (docs/retrieval.md, "Thirteenth session" and "Fifteenth session").
     */
    public static final CandidateRanker LEXICAL = new CandidateRanker(new double[]{
            0.5016, 0.3619, 3.0103, 0.0000, 0.0000, 1.4356, 0.7253, 1.7412, 4.8082, 2.1862, -0.1926});

    /** The built-in stage for these settings: {@link #LEXICAL} with the dense side off, else {@link #DEFAULT}. */
    public static CandidateRanker builtIn(RetrievalSettings settings) {
        return settings.usesDense() ? DEFAULT : LEXICAL;
    }

    public CandidateRanker {
        if (weights.length != CandidateFeatures.NAMES.length) {
            throw new IllegalArgumentException("a candidate ranker needs " + CandidateFeatures.NAMES.length
                    + " weights, not " + weights.length);
        }
    }

    /**
     * Whether the stage reads the feature at this position of {@link CandidateFeatures#NAMES}: one it gives weight
     * 0 it does not, and the live path does not compute it.
     */
    public boolean reads(int feature) {
        return weights[feature] != 0;
    }

    public double score(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += weights[i] * x[i];
        }
        return s;
    }

    /** Softmax shares of the candidates' scores, in the order given. */
    static double[] shares(List<CandidateFeatures> candidates, CandidateRanker ranker) {
        double[] s = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            s[i] = ranker.score(candidates.get(i).vector());
            max = Math.max(max, s[i]);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
        return s;
    }
}
