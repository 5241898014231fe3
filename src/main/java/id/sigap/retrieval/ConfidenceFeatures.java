package id.sigap.retrieval;

/**
 * What the confidence model looks at for the first hit of a result.
 *
 * @param coverage     idf-weighted share of the question's terms found in the entry (BM25 side)
 * @param cosine       best cosine between the question and the entry's vectors (dense side)
 * @param cosineMargin that cosine minus the best cosine of any other entry
 * @param agreement    1 when BM25 and the embeddings rank the same entry first
 * @param fusedMargin  relative gap of the fused score to the second entry, in [0, 1]
 * @param unknownShare share of the question's terms that no entry contains
 * @param missingTerm  the rarest question term the entry lacks, as a share of the highest possible idf
 *                     ("posko di bandung": the entry has no "bandung", and that word is what was asked)
 */
public record ConfidenceFeatures(double coverage, double cosine, double cosineMargin, double agreement,
                                 double fusedMargin, double unknownShare, double missingTerm) {

    public static final ConfidenceFeatures NONE = new ConfidenceFeatures(0, 0, 0, 0, 0, 1, 1);
    public static final String[] NAMES = {"coverage", "cosine", "cosineMargin", "agreement", "fusedMargin",
            "unknownShare", "missingTerm"};

    public double[] vector() {
        return new double[]{coverage, cosine, cosineMargin, agreement, fusedMargin, unknownShare, missingTerm};
    }
}
