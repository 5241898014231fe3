package id.sigap.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The contract's summary figures over a list of outcomes. The trust figures ({@code answeredDirectly},
 * {@code wrongAnswerRate}, {@code choicesOffered}) are shares of all questions; {@code resolvedWithinOneTap}
 * is a share of the questions the knowledge base answers (non-empty {@code expected}).
 */
record EvalMetrics(int questions, double hitAt1, double hitAt3, double mrr, double handoffPrecision,
                   double handoffRecall, double latencyP50Ms, double latencyP95Ms, double answeredCorrectly,
                   double answeredDirectly, double wrongAnswerRate, double choicesOffered,
                   double resolvedWithinOneTap) {

    static EvalMetrics of(List<EvalOutcome> outcomes) {
        List<EvalOutcome> answerable = outcomes.stream().filter(o -> !o.golden().expected().isEmpty()).toList();
        double hit1 = answerable.stream().filter(o -> o.rank() == 1).count() / (double) Math.max(1, answerable.size());
        double hit3 = answerable.stream().filter(o -> o.rank() >= 1 && o.rank() <= 3).count()
                / (double) Math.max(1, answerable.size());
        double mrr = answerable.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum()
                / Math.max(1, answerable.size());
        long handedOff = outcomes.stream().filter(EvalOutcome::handedOff).count();
        long expected = outcomes.stream().filter(o -> o.golden().expectHandoff()).count();
        long right = outcomes.stream().filter(o -> o.handedOff() && o.golden().expectHandoff()).count();
        // Of the questions that should be answered, the share answered with a right entry first.
        long correct = outcomes.stream().filter(o -> !o.golden().expectHandoff() && !o.handedOff() && o.rank() == 1)
                .count();
        double[] ms = outcomes.stream().mapToDouble(o -> o.micros() / 1000.0).sorted().toArray();
        double all = Math.max(1, outcomes.size());
        return new EvalMetrics(outcomes.size(), hit1, hit3, mrr, handedOff == 0 ? 0 : right / (double) handedOff,
                expected == 0 ? 0 : right / (double) expected, percentile(ms, 50), percentile(ms, 95),
                correct / (double) Math.max(1, outcomes.size() - expected),
                outcomes.stream().filter(EvalOutcome::answeredDirectly).count() / all,
                outcomes.stream().filter(EvalOutcome::answeredWrongly).count() / all,
                outcomes.stream().filter(o -> !o.offered().isEmpty()).count() / all,
                answerable.stream().filter(EvalOutcome::resolvedWithinOneTap).count()
                        / (double) Math.max(1, answerable.size()));
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        double[] s = sorted.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    /** The threshold on {@code score} that maximises handoff F1 (handoff when score is below it). */
    static double tuneThreshold(List<EvalOutcome> outcomes) {
        double[] candidates = outcomes.stream().mapToDouble(EvalOutcome::score).distinct().sorted().toArray();
        double best = 0;
        double bestF1 = -1;
        for (double t : candidates) {
            double f1 = handoffF1(outcomes, s -> s < t);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    private static double handoffF1(List<EvalOutcome> outcomes, DoublePredicate handoff) {
        long tp = outcomes.stream().filter(o -> handoff.test(o.score()) && o.golden().expectHandoff()).count();
        long fp = outcomes.stream().filter(o -> handoff.test(o.score()) && !o.golden().expectHandoff()).count();
        long fn = outcomes.stream().filter(o -> !handoff.test(o.score()) && o.golden().expectHandoff()).count();
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("questions", questions);
        map.put("hitAt1", round(hitAt1));
        map.put("hitAt3", round(hitAt3));
        map.put("mrr", round(mrr));
        map.put("handoffPrecision", round(handoffPrecision));
        map.put("handoffRecall", round(handoffRecall));
        map.put("latencyP50Ms", round(latencyP50Ms));
        map.put("latencyP95Ms", round(latencyP95Ms));
        map.put("answeredCorrectly", round(answeredCorrectly));
        map.put("answeredDirectly", round(answeredDirectly));
        map.put("wrongAnswerRate", round(wrongAnswerRate));
        map.put("choicesOffered", round(choicesOffered));
        map.put("resolvedWithinOneTap", round(resolvedWithinOneTap));
        return map;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
