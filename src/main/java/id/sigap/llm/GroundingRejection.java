package id.sigap.llm;

/**
 * Why a generated answer was not delivered: the rule it broke and the piece of the answer that broke it.
 * Recorded with the turn (as {@link #code()}) and counted in the metrics; the citizen gets the approved
 * entry's own text instead.
 *
 * @param reason the rule that rejected the answer
 * @param detail what in the answer the rule could not find support for (a word, a number, a link), or empty
 */
public record GroundingRejection(Reason reason, String detail) {

    public GroundingRejection {
        detail = detail == null ? "" : detail;
    }

    /** The rules a generated answer must pass, in the order they are checked. */
    public enum Reason {
        /** The model returned nothing. */
        EMPTY("empty"),
        /** The model said the sources do not answer the question. */
        MODEL_DECLINED("model-declined"),
        /** No {@code [entry-id]} citation. */
        NO_CITATION("no-citation"),
        /** A citation of an entry that was not among the sources. */
        CITES_UNKNOWN("cites-unknown"),
        /** Letters of another script (Cyrillic, Greek...) passing for Latin ones. */
        FOREIGN_SCRIPT("foreign-script"),
        /** A link, domain, handle or e-mail address the sources do not give. */
        UNSUPPORTED_LINK("unsupported-link"),
        /** A number, in digits or in words, the sources do not give. */
        UNSUPPORTED_NUMBER("unsupported-number"),
        /** A day or month name the sources do not give. */
        UNSUPPORTED_DATE("unsupported-date"),
        /** A word that carries meaning and appears in none of the sources. */
        UNSUPPORTED_WORD("unsupported-word"),
        /** A negation added to or dropped from what the sources say. */
        NEGATION_FLIP("negation-flip"),
        /** A word where the sources say its opposite (ditutup for dibuka, sudah for belum). */
        ANTONYM_REVERSAL("antonym-reversal"),
        /** An obligation, permission, restriction or "all/every" the sources do not state. */
        MODALITY_CHANGE("modality-change"),
        /** Words that each appear in the sources, but never together in one passage. */
        UNSUPPORTED_STATEMENT("unsupported-statement");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The stable label used in transcripts, logs and metrics. */
        public String code() {
            return code;
        }
    }

    static GroundingRejection of(Reason reason, String detail) {
        return new GroundingRejection(reason, detail);
    }

    /** {@code reason-code:detail}, or the code alone when there is no detail. */
    @Override
    public String toString() {
        return detail.isEmpty() ? reason.code() : reason.code() + ":" + detail;
    }
}
