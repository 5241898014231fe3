package id.sigap.cli;

import id.sigap.retrieval.CandidateFeatures;
import id.sigap.retrieval.CandidateRanker;
import id.sigap.retrieval.ConfidenceCalibration;
import id.sigap.retrieval.ConfidenceFeatures;
import id.sigap.retrieval.ConfidenceModel;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.RankerCalibration;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Judges the fitted stages on questions and knowledge bases they were not fitted on. For each fold of a
 * k-fold split of one set's questions (and, when several sets are given, for each set with the others as
 * the training data: leave one knowledge base out) it fits the second ranking stage and then the confidence
 * model on the training questions only, from scratch, and runs the held-out questions through the same
 * answerer as {@code eval}. The fixed settings (BM25 boosts, RRF k, fusion weights, the 0.5 threshold, the
 * ambiguity ratio) are not refitted: they were chosen on the golden and IDK-MRC sets, so for those sets they
 * are in-sample even here; on a set nobody tuned on (a public FAQ) they are held out too.
 */
final class HeldOutEvaluation {

    static final int FOLDS = 5;
    static final long SEED = 11;
    private static final double L2 = 0.01;

    /**
     * One configuration of the pipeline, for the per-stage ablation.
     *
     * @param name        label in the report
     * @param dense       whether the embedding ranking is fused in (else BM25 alone)
     * @param secondStage whether the second ranking stage is fitted and used
     * @param features    the confidence features the confidence model may use (indexes into
     *                    {@link ConfidenceFeatures#NAMES})
     * @param chosenThreshold whether the answer threshold ({@code min-confidence}) is chosen inside the
     *                    training questions ({@link #chooseThreshold}) instead of the fixed setting
     */
    record Stage(String name, boolean dense, boolean secondStage, int[] features, boolean chosenThreshold) {

        Stage(String name, boolean dense, boolean secondStage, int[] features) {
            this(name, dense, secondStage, features, false);
        }
    }

    private static final int[] BASIC = {0, 4, 10};                 // coverage, fusedMargin, bm25Margin
    private static final int[] WITH_DENSE = {0, 1, 2, 3, 4, 10};   // + cosine, cosineMargin, agreement
    private static final int[] WITH_RANKER = {0, 1, 2, 3, 4, 10, 13}; // + rankerShare
    private static final int[] ALL = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    private static final int[] LEXICAL = {0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}; // all but the three dense ones

    static final Stage SHIPPED = new Stage("shipped (BM25 + second stage + confidence features without the cosines, "
            + "answer threshold chosen in the training folds)", false, true, LEXICAL, true);
    /** The fusion weight of the dense side when a stage has it on (the former default). */
    static final double DENSE_WEIGHT = 0.15;
    /** The answer threshold of the stages that do not choose one (the former default). */
    static final double FIXED_THRESHOLD = 0.5;
    static final List<Stage> ABLATION = List.of(
            new Stage("BM25 alone, basic confidence", false, false, BASIC),
            new Stage("+ dense", true, false, WITH_DENSE),
            new Stage("+ second stage", true, true, WITH_RANKER),
            new Stage("+ confidence features, threshold 0.5", true, true, ALL),
            new Stage("+ answer threshold chosen in the training folds", true, true, ALL, true),
            new Stage("without dense (no query embedding), threshold 0.5", false, true, LEXICAL),
            new Stage("without dense, threshold chosen in the training folds", false, true, LEXICAL, true));

    /** One evaluation set: its retriever (index built once) and its questions. */
    record SetRun(String name, HybridKnowledgeRetriever retriever, List<GoldenQuestion> questions) {
    }

    private final RetrievalSettings settings;
    /** Traces without a second stage, per set and dense on/off: the candidates the ranker is fitted on. */
    private final Map<String, List<HybridKnowledgeRetriever.Trace>> fusedTraces = new HashMap<>();

    HeldOutEvaluation(RetrievalSettings settings) {
        this.settings = settings;
    }

    /** k-fold over the set's questions: every question is judged by stages fitted on the other folds. */
    Map<String, Object> kFold(SetRun set, Stage stage) {
        int n = set.questions().size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        List<EvalOutcome> outcomes = new ArrayList<>(Collections.nCopies(n, null));
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> test = new ArrayList<>();
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (i % FOLDS == f ? test : train).add(order.get(i));
            }
            HybridKnowledgeRetriever fitted = fit(List.of(new Part(set, train)), set, stage);
            SigapEvaluation run = new SigapEvaluation(fitted, false);
            for (int i : test) {
                outcomes.set(i, run.run(set.questions().get(i), i));
            }
        }
        return figures(outcomes, FOLDS + "-fold over the " + set.name() + " questions, stages fitted on the other folds"
                + takeThresholds());
    }

    /** Leave one knowledge base out: the stages are fitted on the other sets' questions only. */
    Map<String, Object> leaveOut(SetRun target, List<SetRun> others, Stage stage) {
        List<Part> parts = others.stream().map(o -> new Part(o, all(o))).toList();
        HybridKnowledgeRetriever fitted = fit(parts, target, stage);
        SigapEvaluation run = new SigapEvaluation(fitted, false);
        List<EvalOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < target.questions().size(); i++) {
            outcomes.add(run.run(target.questions().get(i), i));
        }
        return figures(outcomes, "stages fitted on " + String.join(" + ", others.stream().map(SetRun::name).toList())
                + " only, never on " + target.name() + takeThresholds());
    }

    private record Part(SetRun set, List<Integer> questions) {
    }

    private static List<Integer> all(SetRun set) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < set.questions().size(); i++) {
            all.add(i);
        }
        return all;
    }

    /**
     * The answer threshold the same rule ({@link #chooseThreshold}) picks for the built-in constants over every
     * question of the sets given: out-of-fold probabilities of a confidence model refitted on the built-in
     * ranker's features of those questions (the built-in model was fitted on such questions, so its own
     * probabilities would be in-sample).
     */
    double builtInThreshold(List<SetRun> sets) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Boolean> ambiguous = new ArrayList<>();
        for (SetRun set : sets) {
            HybridKnowledgeRetriever shipped = set.retriever().withModels(settings, CandidateRanker.builtIn(settings),
                    ConfidenceModel.builtIn(settings));
            for (GoldenQuestion golden : set.questions()) {
                HybridKnowledgeRetriever.Trace trace = shipped.trace(golden.question());
                List<RetrievalHit> hits = trace.result().hits();
                x.add(trace.features().vector());
                y.add(!golden.expectHandoff() && !hits.isEmpty() && golden.expected().contains(hits.getFirst().entryId()));
                ambiguous.add(trace.result().ambiguous());
            }
        }
        return chooseThreshold(ConfidenceCalibration.crossValidated(x, y, L2, FOLDS), y, ambiguous);
    }

    /** The stage's ranker and confidence model fitted on every question of every set, as Java constants. */
    String fittedOnAll(List<SetRun> sets, Stage stage) {
        HybridKnowledgeRetriever fitted = fit(sets.stream().map(s -> new Part(s, all(s))).toList(), sets.getFirst(), stage);
        return "ranker " + RankerCalibration.asJava(fitted.ranker()) + "\nconfidence "
                + ConfidenceCalibration.asJava(fitted.confidence()) + takeThresholds();
    }

    /** Fits the stage's ranker, then its confidence model, on the training parts; a retriever over the target. */
    private HybridKnowledgeRetriever fit(List<Part> training, SetRun target, Stage stage) {
        RetrievalSettings query = (stage.dense() ? withDense(settings) : settings.withDenseWeight(0))
                .withMinConfidence(FIXED_THRESHOLD);
        if (training.stream().allMatch(p -> p.questions().isEmpty())) {
            // Too few questions to leave any out (a tiny set): nothing to fit on, so the built-in stages judge.
            return target.retriever().withModels(query, stage.secondStage() ? CandidateRanker.builtIn(query)
                    : CandidateRanker.NONE, ConfidenceModel.builtIn(query));
        }
        CandidateRanker ranker = CandidateRanker.NONE;
        if (stage.secondStage()) {
            List<RankerCalibration.Question> questions = new ArrayList<>();
            for (Part part : training) {
                List<HybridKnowledgeRetriever.Trace> traces = fusedTraces(part.set(), stage.dense());
                for (int i : part.questions()) {
                    HybridKnowledgeRetriever.Trace trace = traces.get(i);
                    List<String> expected = part.set().questions().get(i).expected();
                    questions.add(new RankerCalibration.Question(
                            trace.candidates().stream().map(CandidateFeatures::vector).toList(),
                            trace.candidateIds().stream().map(expected::contains).toList()));
                }
            }
            ranker = RankerCalibration.fit(questions, L2);
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Boolean> ambiguous = new ArrayList<>();
        for (Part part : training) {
            HybridKnowledgeRetriever withRanker = part.set().retriever().withModels(query, ranker, ConfidenceModel.DEFAULT);
            List<HybridKnowledgeRetriever.Trace> traces = stage.secondStage() ? null : fusedTraces(part.set(), stage.dense());
            for (int i : part.questions()) {
                HybridKnowledgeRetriever.Trace trace = traces != null ? traces.get(i)
                        : withRanker.trace(part.set().questions().get(i).question());
                GoldenQuestion golden = part.set().questions().get(i);
                List<RetrievalHit> hits = trace.result().hits();
                x.add(masked(trace.features().vector(), stage.features()));
                y.add(!golden.expectHandoff() && !hits.isEmpty() && golden.expected().contains(hits.getFirst().entryId()));
                ambiguous.add(trace.result().ambiguous());
            }
        }
        ConfidenceModel confidence = ConfidenceCalibration.fit(x, y, L2);
        if (stage.chosenThreshold()) {
            double threshold = chooseThreshold(ConfidenceCalibration.crossValidated(x, y, L2, FOLDS), y, ambiguous);
            thresholds.add(threshold);
            query = query.withMinConfidence(threshold);
        }
        return target.retriever().withModels(query, ranker, confidence);
    }

    /** The share of all questions Sigap may answer wrongly, at most, on the questions a threshold is chosen on. */
    static final double WRONG_ANSWER_BUDGET = 0.04;
    private static final double[] THRESHOLD_GRID = grid();
    /** The thresholds chosen by the fits since the last {@link #takeThresholds()}. */
    private final List<Double> thresholds = new ArrayList<>();

    private static double[] grid() {
        double[] g = new double[27];
        for (int i = 0; i < g.length; i++) {
            g[i] = 0.30 + 0.025 * i;                       // 0.300 .. 0.950
        }
        return g;
    }

    /**
     * The answer threshold chosen on training questions only: the lowest one at which the questions that would
     * be answered directly (confidence at least the threshold, not ambiguous) hold at most
     * {@link #WRONG_ANSWER_BUDGET} wrong answers among all the questions. The probabilities are out of fold
     * within the training questions (an inner k-fold of the confidence model), so the choice is not made on
     * the confidence model's own fitting data; the questions it moves off a direct answer get choices or a
     * person, as the decision says.
     */
    static double chooseThreshold(double[] probability, List<Boolean> firstRight, List<Boolean> ambiguous) {
        int n = probability.length;
        for (double t : THRESHOLD_GRID) {
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                if (probability[i] >= t && !ambiguous.get(i) && !firstRight.get(i)) {
                    wrong++;
                }
            }
            if (wrong <= WRONG_ANSWER_BUDGET * n) {
                return t;
            }
        }
        return THRESHOLD_GRID[THRESHOLD_GRID.length - 1];
    }

    private String takeThresholds() {
        if (thresholds.isEmpty()) {
            return "";
        }
        String chosen = "; answer threshold chosen on the training questions: " + String.join(", ",
                thresholds.stream().map(t -> String.format(java.util.Locale.ROOT, "%.3f", t)).toList());
        thresholds.clear();
        return chosen;
    }

    private List<HybridKnowledgeRetriever.Trace> fusedTraces(SetRun set, boolean dense) {
        return fusedTraces.computeIfAbsent(set.name() + (dense ? "+dense" : ""), k -> {
            HybridKnowledgeRetriever fused = set.retriever().withModels(
                    dense ? withDense(settings) : settings.withDenseWeight(0), CandidateRanker.NONE, ConfidenceModel.DEFAULT);
            return set.questions().stream().map(q -> fused.trace(q.question())).toList();
        });
    }

    /** The settings with the dense side on: as given when it is on, else at the former weight. */
    static RetrievalSettings withDense(RetrievalSettings settings) {
        return settings.usesDense() ? settings : settings.withDenseWeight(DENSE_WEIGHT);
    }

    private static double[] masked(double[] vector, int[] keep) {
        double[] out = new double[vector.length];
        for (int j : keep) {
            out[j] = vector[j];
        }
        return out;
    }

    /** The contract's quality figures (latency left out: the held-out runs reuse remembered embeddings). */
    static Map<String, Object> figures(List<EvalOutcome> outcomes, String method) {
        Map<String, Object> all = EvalMetrics.of(outcomes).asMap();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", method);
        all.forEach((k, v) -> {
            if (!k.startsWith("latency")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
