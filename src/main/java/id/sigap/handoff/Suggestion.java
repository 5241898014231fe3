package id.sigap.handoff;

/** A knowledge-base entry offered to staff as a ready answer. */
public record Suggestion(String entryId, String title, String text, String sourceUrl) {
}
