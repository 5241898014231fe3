package id.sigap.retrieval;

/**
 * One knowledge-base entry retrieved for a question.
 *
 * @param entryId   the entry's id
 * @param title     its title
 * @param text      its approved answer text (Markdown)
 * @param sourceUrl its official reference, or null
 * @param score     the fused retrieval score (higher is better; comparable within one result only). The
 *                  order is the second ranking stage's, which may put an entry above one with a higher
 *                  fused score
 * @param rank      1-based position
 */
public record RetrievalHit(String entryId, String title, String text, String sourceUrl, double score, int rank) {
}
