package id.sigap.handoff;

/** A knowledge-base entry offered to staff as a ready answer. */
record Suggestion(String entryId, String title, String text, String sourceUrl) {
}
