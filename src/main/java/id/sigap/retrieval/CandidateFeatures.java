package id.sigap.retrieval;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What the second ranking stage looks at for one of the first fused candidates: where the fusion and
 * each retriever put it, and how much of the question it says, and how closely. Like
 * {@link ConfidenceFeatures}, each value is a share, cosine or rank in [0, 1] (or a gap in [-1, 0]), so
 * that weights fitted on one knowledge base mean the same on another.
 *
 * @param fusedShare      its fused score over the first candidate's
 * @param fusedRank       1 / its fused rank
 * @param bm25Share       its BM25 score over the best BM25 score (0 when BM25 did not find it)
 * @param cosine          its best cosine with the question
 * @param cosineGap       that cosine minus the best cosine of any entry (0 for the best, else negative)
 * @param coverage        idf-weighted share of the question's terms it contains
 * @param passageCoverage the same by its best single passage
 * @param pairCoverage    share of the question's neighbouring content-word pairs standing near each other in it
 * @param phrasingMatch   best idf-weighted Dice overlap with its title or one phrasing
 * @param titleCoverage   idf-weighted share of the question's terms in its title
 * @param missingTerm     the rarest question term it lacks, over the highest idf possible
 */
public record CandidateFeatures(double fusedShare, double fusedRank, double bm25Share, double cosine,
                                double cosineGap, double coverage, double passageCoverage, double pairCoverage,
                                double phrasingMatch, double titleCoverage, double missingTerm) {

    public static final String[] NAMES = {"fusedShare", "fusedRank", "bm25Share", "cosine", "cosineGap", "coverage",
            "passageCoverage", "pairCoverage", "phrasingMatch", "titleCoverage", "missingTerm"};

    public double[] vector() {
        return new double[]{fusedShare, fusedRank, bm25Share, cosine, cosineGap, coverage, passageCoverage,
                pairCoverage, phrasingMatch, titleCoverage, missingTerm};
    }

    /** Every feature: for evaluation and for fitting rankers, which may read any of them. */
    static final IntPredicate EVERY = feature -> true;

    private static final int FUSED_SHARE = position("fusedShare");
    private static final int BM25_SHARE = position("bm25Share");
    private static final int COSINE = position("cosine");
    private static final int COSINE_GAP = position("cosineGap");
    private static final int PASSAGE_COVERAGE = position("passageCoverage");
    private static final int PAIR_COVERAGE = position("pairCoverage");
    private static final int PHRASING_MATCH = position("phrasingMatch");
    private static final int TITLE_COVERAGE = position("titleCoverage");
    private static final int MISSING_TERM = position("missingTerm");

    /** Whether the best cosine of any entry, which only the cosine gap needs, is wanted. */
    static boolean needsBestCosine(IntPredicate reads) {
        return reads.test(COSINE_GAP);
    }

    /**
     * The features that {@code reads} asks for (by position in {@link #NAMES}) of the candidate at {@code position}
     * (0-based) of the fused ranking; the others are left 0, which a ranker giving them weight 0 cannot tell from
     * their values (all finite). The fused rank and the coverage are always there (they cost next to nothing).
     */
    static CandidateFeatures of(RetrievalIndex index, List<String> sequence, List<String> terms,
                                Map<Integer, Double> bm25, double bestBm25, double[] cosines, double bestCosine,
                                List<Map.Entry<Integer, Double>> ranked, int position, IntPredicate reads) {
        int entry = ranked.get(position).getKey();
        EntryEvidence evidence = index.evidence(entry);
        double coverage = index.coverage(entry, terms);
        double cosine = Math.max(0, cosines[entry]);
        return new CandidateFeatures(
                // With the dense side off and no BM25 match every fused score is 0: no share then (not 0/0).
                !reads.test(FUSED_SHARE) || ranked.getFirst().getValue() <= 0 ? 0
                        : ranked.get(position).getValue() / ranked.getFirst().getValue(),
                1.0 / (position + 1),
                !reads.test(BM25_SHARE) || bestBm25 <= 0 ? 0 : bm25.getOrDefault(entry, 0.0) / bestBm25,
                reads.test(COSINE) ? cosine : 0,
                reads.test(COSINE_GAP) ? Math.min(0, cosine - Math.max(0, bestCosine)) : 0,
                coverage,
                reads.test(PASSAGE_COVERAGE) ? ConfidenceFeatures.passageCoverage(index, evidence, terms) : 0,
                reads.test(PAIR_COVERAGE) ? ConfidenceFeatures.pairCoverage(evidence, sequence, coverage) : 0,
                reads.test(PHRASING_MATCH) ? ConfidenceFeatures.phrasingMatch(index, evidence, terms) : 0,
                reads.test(TITLE_COVERAGE) ? titleCoverage(index, evidence, terms) : 0,
                reads.test(MISSING_TERM) ? index.missingTerm(entry, terms) : 0);
    }

    private static int position(String name) {
        int at = List.of(NAMES).indexOf(name);
        if (at < 0) {
            throw new IllegalStateException("no candidate feature " + name);
        }
        return at;
    }

    private static double titleCoverage(RetrievalIndex index, EntryEvidence evidence, List<String> terms) {
        double all = 0;
        double covered = 0;
        for (String term : terms) {
            all += index.idf(term);
            if (evidence.phrasings().getFirst().contains(term)) {
                covered += index.idf(term);
            }
        }
        return all == 0 ? 0 : covered / all;
    }
}
