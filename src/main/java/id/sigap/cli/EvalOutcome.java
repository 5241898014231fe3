package id.sigap.cli;

import java.util.List;

/**
 * What one system did with one golden question.
 *
 * @param golden    the question
 * @param ranking   entry ids, best first
 * @param handedOff whether the system decided to hand off
 * @param score     the system's confidence (Sigap) or top similarity (baseline)
 * @param micros    time taken
 * @param detail    free text for the report (decision reasons, features)
 */
record EvalOutcome(GoldenQuestion golden, List<String> ranking, boolean handedOff, double score, long micros,
                   String detail) {

    /** 1-based rank of the first expected entry, 0 when absent or nothing is expected. */
    int rank() {
        for (int i = 0; i < ranking.size(); i++) {
            if (golden.expected().contains(ranking.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    EvalOutcome withHandoff(boolean handoff) {
        return new EvalOutcome(golden, ranking, handoff, score, micros, detail);
    }
}
