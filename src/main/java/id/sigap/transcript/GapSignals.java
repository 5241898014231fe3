package id.sigap.transcript;

import id.sigap.conversation.Reason;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which recorded questions are signs of a knowledge-base gap, read from a chat's records in time order:
 * handed off (or not answered) for low confidence or as unanswerable; offered choices of which none was
 * taken; answered and then given 👎; handed off and answered by staff. A question counts once however
 * many signs it shows. Works on records only, so it sees exactly what {@code /hapus} and retention left.
 */
final class GapSignals {

    /** Reasons that say the knowledge base had no sure answer. */
    private static final Set<Reason> NO_SURE_ANSWER = EnumSet.of(Reason.LOW_CONFIDENCE, Reason.UNANSWERABLE,
            Reason.COMPOSER_DECLINED);

    /** Reasons that say the citizen needed a person or help, not an answer the knowledge base lacked. */
    private static final Set<Reason> NOT_A_GAP = EnumSet.of(Reason.ASKED_FOR_HUMAN, Reason.EMERGENCY, Reason.HOSTILE);

    private GapSignals() {
    }

    /** How long a citizen has to take an offered choice before the offer counts as not taken. */
    static final Duration TIME_TO_CHOOSE = Duration.ofMinutes(15);

    /**
     * The indexes of the records (all in time order) that are questions showing a gap, as seen at {@code now}
     * (choices offered less than {@link #TIME_TO_CHOOSE} before it may still be taken).
     */
    static Set<Integer> of(List<TranscriptRecord> records, Instant now) {
        return of(records, now, new HashMap<>());
    }

    /**
     * As {@link #of(List, Instant)}, and fills {@code staffAnswers} with, per handed-off question answered by
     * staff, the index of the staff's first reply to it.
     */
    static Set<Integer> of(List<TranscriptRecord> records, Instant now, Map<Integer, Integer> staffAnswers) {
        Set<Integer> gaps = new TreeSet<>();
        Map<String, Integer> offered = new HashMap<>();
        Map<String, Integer> answered = new HashMap<>();
        Map<String, Integer> handedOff = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            TranscriptRecord r = records.get(i);
            String chat = r.chat();
            if (chat == null) {
                continue;
            }
            if (r.isTurn()) {
                Set<Reason> reasons = reasons(r);
                if (reasons.contains(Reason.CHOICE_TAKEN) || reasons.contains(Reason.CHOICE_REJECTED)) {
                    Integer question = offered.remove(chat);
                    if (question != null && "ANSWER".equals(r.outcome()) && reasons.contains(Reason.CHOICE_TAKEN)) {
                        answered.put(chat, question);
                    } else if (question != null) {
                        gaps.add(question);
                    }
                    continue;
                }
                if (!question(r)) {
                    continue;
                }
                Integer untaken = offered.remove(chat);
                if (untaken != null) {
                    gaps.add(untaken);
                }
                answered.remove(chat);
                handedOff.remove(chat);
                String outcome = r.outcome() == null ? "" : r.outcome();
                boolean person = Boolean.TRUE.equals(r.emergency()) || Boolean.TRUE.equals(r.wantsHuman())
                        || reasons.stream().anyMatch(NOT_A_GAP::contains);
                switch (outcome) {
                    case "CHOICES" -> offered.put(chat, i);
                    case "ANSWER" -> answered.put(chat, i);
                    case "HANDOFF", "FALLBACK" -> {
                        if (!person && reasons.stream().anyMatch(NO_SURE_ANSWER::contains)) {
                            gaps.add(i);
                        }
                        if ("HANDOFF".equals(outcome) && !person) {
                            handedOff.put(chat, i);
                        }
                    }
                    default -> {
                    }
                }
            } else if (r.isFeedback() && Boolean.FALSE.equals(r.helpful())) {
                Integer question = answered.get(chat);
                if (question != null && (r.entry() == null || r.entry().equals(records.get(question).entry()))) {
                    gaps.add(question);
                }
            } else if (r.isHandoff() && "STAFF_REPLY".equals(r.event())) {
                Integer question = handedOff.remove(chat);
                if (question != null) {
                    gaps.add(question);
                    staffAnswers.put(question, i);
                }
            }
        }
        // Choices still open at the end of the period: nobody has taken one, unless the offer is fresh.
        offered.values().stream().filter(i -> records.get(i).time().plus(TIME_TO_CHOOSE).isBefore(now))
                .forEach(gaps::add);
        return gaps;
    }

    /** A citizen's own text question (not a command, a button or a photo). */
    private static boolean question(TranscriptRecord r) {
        return "TEXT".equals(r.kind()) && r.text() != null && !r.text().isBlank() && !r.text().startsWith("/");
    }

    private static Set<Reason> reasons(TranscriptRecord r) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (r.reasons() != null) {
            r.reasons().stream().map(Reason::ofKey).flatMap(Optional::stream).forEach(reasons::add);
        }
        return reasons;
    }
}
