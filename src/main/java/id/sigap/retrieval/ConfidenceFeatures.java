package id.sigap.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What the confidence model looks at for the first hit of a result. All are in [0, 1] and mean the same
 * on any knowledge base (shares, cosines, margins), so that a model fitted on one set carries over.
 *
 * @param coverage        idf-weighted share of the question's terms found anywhere in the entry
 * @param cosine          best cosine between the question and the entry's vectors (dense side)
 * @param cosineMargin    that cosine minus the best cosine of any other entry
 * @param agreement       1 when BM25 and the embeddings rank the same entry first
 * @param fusedMargin     relative gap of the fused score to the second entry
 * @param unknownShare    share of the question's terms that no entry contains
 * @param missingTerm     the rarest question term the entry lacks, as a share of the highest possible idf
 *                        ("posko di bandung": the entry has no "bandung", and that word is what was asked)
 * @param passageCoverage idf-weighted coverage by the entry's best single passage (its title with one
 *                        sentence, or one phrasing): the question's words together, not scattered
 * @param pairCoverage    share of the question's neighbouring content-word pairs ("korban meninggal",
 *                        "tiket pesawat") that stand near each other in the entry
 * @param phrasingMatch   best idf-weighted Dice overlap between the question and the title or one
 *                        {@code questions:} phrasing
 * @param bm25Margin      relative gap of the BM25 score of the first entry to the next one
 * @param strangeShare    share of the question's terms that no entry contains and that are not a typo of
 *                        a word some entry contains (one edit away)
 * @param missingNumber   1 when the question has a number ("tahap 4", "2027") the entry lacks
 * @param rankerShare     the second ranking stage's softmax share of the first hit among the candidates it
 *                        reordered: how clearly it prefers that entry to the others
 * @param rankerGap       that share minus the share of the second candidate: how far ahead of the rest the
 *                        first hit stands, normalised within the question
 * @param coverageLead    the first hit's coverage minus the best coverage of the next candidates (0 when one
 *                        of them covers the question as well)
 * @param rareCoverage    idf-weighted coverage of the question's rarer half of known terms (the words that
 *                        say what is asked, not how)
 * <p>The last three were measured held out as additions to the confidence model ({@code eval --variants},
 * docs/retrieval.md) and did not pay: the built-in models give them no weight.
 */
public record ConfidenceFeatures(double coverage, double cosine, double cosineMargin, double agreement,
                                 double fusedMargin, double unknownShare, double missingTerm,
                                 double passageCoverage, double pairCoverage, double phrasingMatch,
                                 double bm25Margin, double strangeShare, double missingNumber,
                                 double rankerShare, double rankerGap, double coverageLead,
                                 double rareCoverage) {

    public static final ConfidenceFeatures NONE = new ConfidenceFeatures(0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
    public static final String[] NAMES = {"coverage", "cosine", "cosineMargin", "agreement", "fusedMargin",
            "unknownShare", "missingTerm", "passageCoverage", "pairCoverage", "phrasingMatch", "bm25Margin",
            "strangeShare", "missingNumber", "rankerShare", "rankerGap", "coverageLead", "rareCoverage"};
    /** The direction each feature may move the confidence: more coverage, more; more unknown words, less. */
    static final int[] SIGNS = {1, 1, 1, 1, 1, -1, -1, 1, 1, 1, 1, -1, -1, 1, 1, 1, 1};

    public double[] vector() {
        return new double[]{coverage, cosine, cosineMargin, agreement, fusedMargin, unknownShare, missingTerm,
                passageCoverage, pairCoverage, phrasingMatch, bm25Margin, strangeShare, missingNumber,
                rankerShare, rankerGap, coverageLead, rareCoverage};
    }

    /** Question words and negations are asked about, not looked for: they make no content pair. */
    private static boolean content(String term) {
        return !IndonesianAnalysis.KEPT.contains(term);
    }

    /** Every feature: for evaluation and for fitting models, which may read any of them. */
    static final IntPredicate EVERY = feature -> true;

    private static final int COSINE_MARGIN = position("cosineMargin");
    private static final int AGREEMENT = position("agreement");
    private static final int FUSED_MARGIN = position("fusedMargin");
    private static final int UNKNOWN_SHARE = position("unknownShare");
    private static final int MISSING_TERM = position("missingTerm");
    private static final int PASSAGE_COVERAGE = position("passageCoverage");
    private static final int PAIR_COVERAGE = position("pairCoverage");
    private static final int PHRASING_MATCH = position("phrasingMatch");
    private static final int BM25_MARGIN = position("bm25Margin");
    private static final int STRANGE_SHARE = position("strangeShare");
    private static final int MISSING_NUMBER = position("missingNumber");
    private static final int RANKER_GAP = position("rankerGap");
    private static final int COVERAGE_LEAD = position("coverageLead");
    private static final int RARE_COVERAGE = position("rareCoverage");

    /**
     * The features of the first hit that {@code reads} asks for (by position in {@link #NAMES}); the others are
     * left 0. A model that gives a feature weight 0 gets the same probability either way, since every feature is
     * finite. The coverage and the cosine are always there: they cost next to nothing and others build on them.
     */
    static ConfidenceFeatures of(RetrievalIndex index, List<String> sequence, List<String> terms,
                                 List<RetrievalIndex.Scored> lexical, List<RetrievalIndex.Scored> dense,
                                 double[] cosines, List<Map.Entry<Integer, Double>> ranked, double rankerShare,
                                 double rankerGap, IntPredicate reads) {
        int first = ranked.getFirst().getKey();
        double cosine = Math.max(0, cosines[first]);
        EntryEvidence evidence = index.evidence(first);
        double coverage = index.coverage(first, terms);
        return new ConfidenceFeatures(coverage, cosine,
                reads.test(COSINE_MARGIN) ? cosineMargin(cosines, first, cosine) : 0,
                reads.test(AGREEMENT) ? agreement(lexical, dense, first) : 0,
                reads.test(FUSED_MARGIN) ? fusedMargin(ranked) : 0,
                reads.test(UNKNOWN_SHARE) ? index.unknownShare(terms) : 0,
                reads.test(MISSING_TERM) ? index.missingTerm(first, terms) : 0,
                reads.test(PASSAGE_COVERAGE) ? passageCoverage(index, evidence, terms) : 0,
                reads.test(PAIR_COVERAGE) ? pairCoverage(evidence, sequence, coverage) : 0,
                reads.test(PHRASING_MATCH) ? phrasingMatch(index, evidence, terms) : 0,
                reads.test(BM25_MARGIN) ? bm25Margin(lexical, first) : 0,
                reads.test(STRANGE_SHARE) ? strangeShare(index, terms) : 0,
                reads.test(MISSING_NUMBER) ? missingNumber(evidence, terms) : 0,
                rankerShare,
                reads.test(RANKER_GAP) ? rankerGap : 0,
                reads.test(COVERAGE_LEAD) ? coverageLead(index, ranked, terms, coverage) : 0,
                reads.test(RARE_COVERAGE) ? rareCoverage(index, first, terms) : 0);
    }

    private static int position(String name) {
        int at = List.of(NAMES).indexOf(name);
        if (at < 0) {
            throw new IllegalStateException("no confidence feature " + name);
        }
        return at;
    }

    private static double cosineMargin(double[] cosines, int first, double cosine) {
        double otherCosine = -1;
        for (int e = 0; e < cosines.length; e++) {
            if (e != first && cosines[e] > otherCosine) {
                otherCosine = cosines[e];
            }
        }
        return otherCosine < 0 ? cosine : Math.max(0, cosine - otherCosine);
    }

    private static double agreement(List<RetrievalIndex.Scored> lexical, List<RetrievalIndex.Scored> dense, int first) {
        return !lexical.isEmpty() && !dense.isEmpty() && lexical.getFirst().entry() == first
                && dense.getFirst().entry() == first ? 1 : 0;
    }

    /** After the second stage the first hit may have a lower fused score than the next one: no margin then. */
    private static double fusedMargin(List<Map.Entry<Integer, Double>> ranked) {
        // Every fused score is 0 when the dense side is off and BM25 matched nothing: no margin, not 0/0.
        return ranked.size() < 2 ? 1 : ranked.getFirst().getValue() <= 0 ? 0
                : Math.max(0, (ranked.getFirst().getValue() - ranked.get(1).getValue()) / ranked.getFirst().getValue());
    }

    private static double bm25Margin(List<RetrievalIndex.Scored> lexical, int first) {
        return lexical.isEmpty() ? 0 : lexical.size() < 2 || lexical.getFirst().entry() != first ? 0
                : (lexical.getFirst().score() - lexical.get(1).score()) / lexical.getFirst().score();
    }

    /** How many of the next candidates {@link #coverageLead} compares the first hit with. */
    static final int LEAD_CANDIDATES = 4;

    static double coverageLead(RetrievalIndex index, List<Map.Entry<Integer, Double>> ranked, List<String> terms,
                               double coverage) {
        double next = 0;
        for (int i = 1; i < Math.min(ranked.size(), 1 + LEAD_CANDIDATES); i++) {
            next = Math.max(next, index.coverage(ranked.get(i).getKey(), terms));
        }
        return Math.max(0, coverage - next);
    }

    static double rareCoverage(RetrievalIndex index, int entry, List<String> terms) {
        List<String> known = terms.stream().filter(index::known).distinct().toList();
        if (known.isEmpty()) {
            return 0;
        }
        double[] idfs = known.stream().mapToDouble(index::idf).sorted().toArray();
        double median = idfs[idfs.length / 2];
        return index.coverage(entry, known.stream().filter(t -> index.idf(t) >= median).toList());
    }

    static double passageCoverage(RetrievalIndex index, EntryEvidence evidence, List<String> terms) {
        double all = 0;
        for (String term : terms) {
            all += index.idf(term);
        }
        if (all == 0) {
            return 0;
        }
        double best = 0;
        for (Set<String> passage : evidence.passages()) {
            double covered = 0;
            for (String term : terms) {
                if (passage.contains(term)) {
                    covered += index.idf(term);
                }
            }
            best = Math.max(best, covered);
        }
        return best / all;
    }

    /** Pairs of neighbouring content words of the question; with fewer than two such words, the coverage. */
    static double pairCoverage(EntryEvidence evidence, List<String> sequence, double coverage) {
        List<String> words = sequence.stream().filter(ConfidenceFeatures::content).toList();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).equals(words.get(i + 1))) {
                pairs.add(EntryEvidence.pair(words.get(i), words.get(i + 1)));
            }
        }
        if (pairs.isEmpty()) {
            return coverage;
        }
        return pairs.stream().filter(evidence.nearPairs()::contains).count() / (double) pairs.size();
    }

    static double phrasingMatch(RetrievalIndex index, EntryEvidence evidence, List<String> terms) {
        double question = 0;
        for (String term : terms) {
            question += index.idf(term);
        }
        double best = 0;
        double[] weights = index.phrasingWeights(evidence);
        List<Set<String>> phrasings = evidence.phrasings();
        for (int i = 0; i < phrasings.size(); i++) {
            Set<String> phrasing = phrasings.get(i);
            double own = weights != null ? weights[i] : ownWeight(index, phrasing);
            double shared = 0;
            for (String term : terms) {
                if (phrasing.contains(term)) {
                    shared += index.idf(term);
                }
            }
            if (own + question > 0) {
                best = Math.max(best, 2 * shared / (own + question));
            }
        }
        return best;
    }

    private static double ownWeight(RetrievalIndex index, Set<String> phrasing) {
        double own = 0;
        for (String term : phrasing) {
            own += index.idf(term);
        }
        return own;
    }

    static double strangeShare(RetrievalIndex index, List<String> terms) {
        if (terms.isEmpty()) {
            return 1;
        }
        return terms.stream().filter(t -> !index.known(t) && !index.nearlyKnown(t)).count() / (double) terms.size();
    }

    static double missingNumber(EntryEvidence evidence, List<String> terms) {
        return terms.stream().anyMatch(t -> t.chars().allMatch(Character::isDigit) && !evidence.terms().contains(t))
                ? 1 : 0;
    }
}
