package id.sigap.llm;

/** An approved knowledge-base entry given to the model as a source. */
public record SourceText(String entryId, String title, String text, String sourceUrl) {
}
