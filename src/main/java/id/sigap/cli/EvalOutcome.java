package id.sigap.cli;

import java.util.List;

/**
 * What one system did with one golden question.
 *
 * @param golden    the question
 * @param ranking   entry ids, best first
 * @param handedOff whether the system gave no direct answer: a handoff, a choice of entries, or a reply
 *                  that the question is outside the office's remit (the contract counts all as handing off)
 * @param score     the system's confidence (Sigap) or top similarity (baseline)
 * @param micros    time taken
 * @param detail    free text for the report (decision reasons, features)
 * @param answered  the entry the citizen was answered with at once, or null (no direct answer)
 * @param offered   the entries offered as choices instead of an answer, or empty
 */
record EvalOutcome(GoldenQuestion golden, List<String> ranking, boolean handedOff, double score, long micros,
                   String detail, String answered, List<String> offered) {

    EvalOutcome {
        ranking = List.copyOf(ranking);
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    /** A system that answers with its first entry unless it hands off (the baselines, threshold sweeps). */
    EvalOutcome(GoldenQuestion golden, List<String> ranking, boolean handedOff, double score, long micros,
                String detail) {
        this(golden, ranking, handedOff, score, micros, detail,
                handedOff || ranking.isEmpty() ? null : ranking.getFirst(), List.of());
    }

    /** 1-based rank of the first expected entry, 0 when absent or nothing is expected. */
    int rank() {
        for (int i = 0; i < ranking.size(); i++) {
            if (golden.expected().contains(ranking.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Answered at once with an entry (no choices, no handoff). */
    boolean answeredDirectly() {
        return answered != null;
    }

    /** Answered at once with an entry that does not answer it (or when nothing in the knowledge base does). */
    boolean answeredWrongly() {
        return answered != null && !golden.expected().contains(answered);
    }

    /** Answered with an expected entry, or offered choices among which one stands. */
    boolean resolvedWithinOneTap() {
        return !golden.expected().isEmpty() && ((answered != null && golden.expected().contains(answered))
                || offered.stream().anyMatch(golden.expected()::contains));
    }

    EvalOutcome withHandoff(boolean handoff) {
        return new EvalOutcome(golden, ranking, handoff, score, micros, detail);
    }
}
