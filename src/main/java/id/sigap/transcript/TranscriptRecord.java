package id.sigap.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sigap.conversation.Reason;
import id.sigap.privacy.Redactor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of a transcript: a turn, a handoff event or a feedback. The same shape is written to the
 * Redis stream and to the JSONL file of its day; absent fields are left out. Every text in it is
 * redacted, and the chat is a pseudonym.
 *
 * @param type      {@code turn}, {@code handoff}, {@code feedback} or {@code broadcast}
 * @param time      when it happened
 * @param chat      pseudonymous chat id (null for a {@code /hapus} turn, which must not name the chat it erased)
 * @param channel   telegram, console, web...
 * @param kind      what the citizen sent (TEXT, PHOTO...)
 * @param text      the citizen's text, redacted
 * @param normalized the normalised text, redacted
 * @param redacted  kinds of personal data that were replaced in this record
 * @param outcome   the decision (ANSWER, HANDOFF...)
 * @param reasons   the decision's reasons as English keys (then free notes), or a handoff's reasons
 * @param replies   the texts the bot sent, redacted
 * @param event     handoff event type (REQUESTED, CLAIMED...)
 * @param staff     the staff member's user id on handoff events
 * @param rating    satisfaction 1–5 on RATED
 * @param entry     the knowledge-base entry a feedback is about
 * @param helpful   true for 👍
 * @param broadcast the broadcast id of a {@code broadcast} record (its {@code event} is STARTED or FINISHED)
 * @param counts    a broadcast's receipt counts (targeted, sent, blocked, failed:reason...)
 * @param candidates the entries a turn offered as choices or put on a staff card (its {@code entry} is the
 *                  entry it answered with, its {@code priority} the handoff's priority)
 * @param notice    the notice id of a {@code gap-notice} record (the askers of a gap told its approved answer;
 *                  its {@code entry} is the entry, {@code text} its title, {@code event} STARTED or FINISHED)
 * @param approver  the console user who approved the entry and chose to notify ({@code gap-notice} records)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record TranscriptRecord(
        int v, String type, Instant time, String chat, String channel,
        String kind, String text, String normalized, List<String> redacted,
        String language, String sentiment, Double sentimentConfidence, Boolean emergency, Boolean wantsHuman,
        List<Retrieved> retrieved, Double retrievalConfidence, String kbVersion,
        String outcome, List<String> reasons, List<String> replies, String answerMode, String model,
        Map<String, Long> stageMicros, Long latencyMicros,
        String handoffId, String event, Long staff, String priority, Integer rating,
        String entry, Boolean helpful, String broadcast, Map<String, Long> counts, List<String> candidates,
        String notice, String approver) {

    static final int VERSION = 1;
    static final String TURN = "turn";
    static final String HANDOFF = "handoff";
    static final String FEEDBACK = "feedback";
    static final String BROADCAST = "broadcast";
    static final String GAP_NOTICE = "gap-notice";

    /** A retrieved knowledge-base entry and its score. */
    record Retrieved(String entry, double score) {
    }

    static TranscriptRecord turn(Instant time, String chat, String channel, String kind, String text, String normalized,
                                 List<String> redacted, String language, String sentiment, Double sentimentConfidence,
                                 Boolean emergency, Boolean wantsHuman, List<Retrieved> retrieved,
                                 Double retrievalConfidence, String kbVersion, String outcome, List<String> reasons,
                                 List<String> replies, String answerMode, String model, Map<String, Long> stageMicros,
                                 Long latencyMicros) {
        return new TranscriptRecord(VERSION, TURN, time, chat, channel, kind, text, normalized, redacted, language,
                sentiment, sentimentConfidence, emergency, wantsHuman, retrieved, retrievalConfidence, kbVersion,
                outcome, reasons, replies, answerMode, model, stageMicros, latencyMicros,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static TranscriptRecord handoff(Instant time, String chat, String channel, String handoffId, String event,
                                    Long staff, String text, List<String> redacted, List<String> reasons,
                                    String priority, Integer rating) {
        return new TranscriptRecord(VERSION, HANDOFF, time, chat, channel, null, text, null, redacted, null,
                null, null, null, null, null, null, null, null, reasons, null, null, null, null, null,
                handoffId, event, staff, priority, rating, null, null, null, null, null, null, null);
    }

    static TranscriptRecord feedback(Instant time, String chat, String channel, String entry, boolean helpful) {
        return new TranscriptRecord(VERSION, FEEDBACK, time, chat, channel, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, entry, helpful, null, null, null, null, null);
    }

    /** A broadcast started or finished: its areas (as reasons), its text, and the receipt counts. */
    static TranscriptRecord broadcast(Instant time, String broadcastId, String event, String text, List<String> redacted,
                                      List<String> areas, Map<String, Long> counts) {
        return new TranscriptRecord(VERSION, BROADCAST, time, null, "telegram", null, text, null, redacted, null,
                null, null, null, null, null, null, null, null, areas, null, null, null, null, null,
                null, event, null, null, null, null, null, broadcastId, counts, null, null, null);
    }

    /** A notice to a gap's askers started or finished: the entry, its title, who approved, the receipt counts. */
    static TranscriptRecord gapNotice(Instant time, String noticeId, String event, String entry, String title,
                                      String approver, Map<String, Long> counts) {
        return new TranscriptRecord(VERSION, GAP_NOTICE, time, null, "telegram", null, title, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, event, null, null, null, entry, null, null, counts, null, noticeId, approver);
    }

    /** A turn with what its decision named: the entry answered with, the handoff's priority, the candidates. */
    TranscriptRecord withDecision(String answeredEntry, String handoffPriority, List<String> offered) {
        return new TranscriptRecord(v, type, time, chat, channel, kind, text, normalized, redacted, language,
                sentiment, sentimentConfidence, emergency, wantsHuman, retrieved, retrievalConfidence, kbVersion,
                outcome, reasons, replies, answerMode, model, stageMicros, latencyMicros, handoffId, event, staff,
                handoffPriority, rating, answeredEntry, helpful, broadcast, counts, offered, notice, approver);
    }

    boolean isTurn() {
        return TURN.equals(type);
    }

    boolean isHandoff() {
        return HANDOFF.equals(type);
    }

    boolean isBroadcast() {
        return BROADCAST.equals(type);
    }

    boolean isGapNotice() {
        return GAP_NOTICE.equals(type);
    }

    boolean isFeedback() {
        return FEEDBACK.equals(type);
    }

    /**
     * Reasons that mean the citizen wanted a person (or was upset or in danger), not an answer the
     * knowledge base lacked; so do reasons naming a negative sentiment.
     */
    private static final java.util.Set<Reason> NOT_A_GAP = java.util.EnumSet.of(Reason.ASKED_FOR_HUMAN,
            Reason.EMERGENCY, Reason.HOSTILE, Reason.NEGATIVE, Reason.REPEATED_CONCERN, Reason.CONCERN_UNSURE);

    /**
     * A citizen's question the bot could not answer from the knowledge base: a fallback, or a handoff
     * for want of an answer (not because the citizen asked for a person or was in danger).
     */
    boolean unanswered() {
        if (!isTurn() || !"TEXT".equals(kind) || text == null || text.startsWith("/")) {
            return false;
        }
        if (!"FALLBACK".equals(outcome) && !"HANDOFF".equals(outcome)) {
            return false;
        }
        return !Boolean.TRUE.equals(wantsHuman) && !Boolean.TRUE.equals(emergency)
                && (reasons == null || reasons.stream().map(Reason::ofKey).flatMap(java.util.Optional::stream)
                        .noneMatch(NOT_A_GAP::contains));
    }

    /** negatif or berpotensi negatif. */
    boolean negative() {
        return isTurn() && ("negatif".equals(sentiment) || "berpotensi_negatif".equals(sentiment));
    }

    /**
     * The text questions are compared by: the normalised text when there is one. Redacted again: builds before
     * 2026-12 normalised before redacting, and their records keep "andi wijaya@gmail" until retention takes them.
     */
    String questionText() {
        return Redactor.redact(normalized != null && !normalized.isBlank() ? normalized : text);
    }
}
