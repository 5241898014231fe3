package id.sigap.cli;

import id.sigap.conversation.ChoicePolicy;
import id.sigap.retrieval.CandidateFeatures;
import id.sigap.retrieval.CandidateRanker;
import id.sigap.retrieval.ConfidenceCalibration;
import id.sigap.retrieval.ConfidenceFeatures;
import id.sigap.retrieval.ConfidenceModel;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.KnowledgeRetriever;
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

    /**
     * Fewer questions in a set than this: no k-fold figures (with two, a fold's training part leaves the confidence
     * model's own cross-validation nothing to fit on). A few more are still figures of a handful of questions.
     */
    static final int MIN_QUESTIONS = 3;
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
    record Stage(String name, boolean dense, boolean secondStage, int[] features, boolean chosenThreshold,
                 boolean denseWhenUnsure, double ambiguityRatio, ChoicePolicy choices, double thresholdStep, double wrongBudget,
                 double l2, ThresholdRule rule) {

        Stage(String name, boolean dense, boolean secondStage, int[] features, boolean chosenThreshold,
              boolean denseWhenUnsure, double ambiguityRatio, ChoicePolicy choices, double thresholdStep,
              double wrongBudget, double l2) {
            this(name, dense, secondStage, features, chosenThreshold, denseWhenUnsure, ambiguityRatio, choices,
                    thresholdStep, wrongBudget, l2, ThresholdRule.POINT);
        }

        /** The shipped pipeline with other confidence features, L2 and threshold rule (with its wrong-answer budget). */
        static Stage shippedWith(String name, int[] features, double l2, ThresholdRule rule, double wrongBudget) {
            return new Stage(name, false, true, features, true, false, Double.NaN, ChoicePolicy.DEFAULT,
                    THRESHOLD_STEP, wrongBudget, l2, rule);
        }

        Stage(String name, boolean dense, boolean secondStage, int[] features, boolean chosenThreshold,
              boolean denseWhenUnsure, double ambiguityRatio, ChoicePolicy choices, double thresholdStep,
              double wrongBudget) {
            this(name, dense, secondStage, features, chosenThreshold, denseWhenUnsure, ambiguityRatio, choices,
                    thresholdStep, wrongBudget, HeldOutEvaluation.L2);
        }

        Stage(String name, boolean dense, boolean secondStage, int[] features, boolean chosenThreshold,
              boolean denseWhenUnsure, double ambiguityRatio, ChoicePolicy choices) {
            this(name, dense, secondStage, features, chosenThreshold, denseWhenUnsure, ambiguityRatio, choices,
                    THRESHOLD_STEP, HeldOutEvaluation.WRONG_ANSWER_BUDGET);
        }

        /** The shipped pipeline with other confidence features and wrong-answer budget of the threshold rule. */
        static Stage shippedWith(String name, int[] features, double wrongBudget) {
            return new Stage(name, false, true, features, true, false, Double.NaN, ChoicePolicy.DEFAULT,
                    THRESHOLD_STEP, wrongBudget, HeldOutEvaluation.L2);
        }

        Stage(String name, boolean dense, boolean secondStage, int[] features) {
            this(name, dense, secondStage, features, false, false, Double.NaN, ChoicePolicy.DEFAULT);
        }

        Stage(String name, boolean dense, boolean secondStage, int[] features, boolean chosenThreshold) {
            this(name, dense, secondStage, features, chosenThreshold, false, Double.NaN, ChoicePolicy.DEFAULT);
        }

        /** A variant of the shipped pipeline with another ambiguity ratio or choice policy. */
        static Stage shippedWith(String name, double ambiguityRatio, ChoicePolicy choices) {
            return new Stage(name, false, true, LEXICAL, true, false, ambiguityRatio, choices);
        }

        /** The query settings of this stage: the given ones with its own ambiguity ratio when it has one. */
        RetrievalSettings applied(RetrievalSettings given) {
            return Double.isNaN(ambiguityRatio) ? given : given.withAmbiguityRatio(ambiguityRatio);
        }
    }

    private static final int[] BASIC = {0, 4, 10};                 // coverage, fusedMargin, bm25Margin
    private static final int[] WITH_DENSE = {0, 1, 2, 3, 4, 10};   // + cosine, cosineMargin, agreement
    private static final int[] WITH_RANKER = {0, 1, 2, 3, 4, 10, 13}; // + rankerShare
    private static final int[] ALL = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    private static final int[] LEXICAL = {0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}; // all but the three dense ones
    private static final int[] LEXICAL_PLUS = {0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

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

    /** The candidate changes {@code eval --variants} sets beside the shipped pipeline, each judged held out. */
    static final List<Stage> VARIANTS = List.of(
            SHIPPED,
            new Stage("dense only when BM25 is unsure", false, true, LEXICAL, true, true, Double.NaN, ChoicePolicy.DEFAULT),
            Stage.shippedWith("ambiguity ratio 0.90 (more often ambiguous)", 0.90, ChoicePolicy.DEFAULT),
            Stage.shippedWith("ambiguity ratio 0.99", 0.99, ChoicePolicy.DEFAULT),
            Stage.shippedWith("no ambiguity rule", 2.0, ChoicePolicy.DEFAULT),
            Stage.shippedWith("choices from confidence 0.08 (the former floor)", Double.NaN, new ChoicePolicy(0.08, 0.75)),
            Stage.shippedWith("choices from confidence 0.02", Double.NaN, new ChoicePolicy(0.02, 0.75)),
            Stage.shippedWith("choices: the first three distinct entries (no score share)", Double.NaN,
                    new ChoicePolicy(0, 0)),
            new Stage("answer threshold on a finer grid (0.005)", false, true, LEXICAL, true, false, Double.NaN,
                    ChoicePolicy.DEFAULT, 0.005, HeldOutEvaluation.WRONG_ANSWER_BUDGET),
            new Stage("+ ranker gap, coverage lead, rare-term coverage", false, true, LEXICAL_PLUS, true),
            new Stage("+ ranker gap", false, true, plus(LEXICAL, 14), true),
            new Stage("+ coverage lead", false, true, plus(LEXICAL, 15), true),
            new Stage("+ rare-term coverage", false, true, plus(LEXICAL, 16), true),
            new Stage("+ the three, finer grid", false, true, LEXICAL_PLUS, true, false, Double.NaN,
                    ChoicePolicy.DEFAULT, 0.005, HeldOutEvaluation.WRONG_ANSWER_BUDGET),
            Stage.shippedWith("+ coverage lead, wrong-answer budget 0.03", plus(LEXICAL, 15), 0.03),
            Stage.shippedWith("+ coverage lead, wrong-answer budget 0.035", plus(LEXICAL, 15), 0.035),
            Stage.shippedWith("+ the three, wrong-answer budget 0.03", LEXICAL_PLUS, 0.03),
            Stage.shippedWith("shipped features, wrong-answer budget 0.03", LEXICAL, 0.03),
            Stage.shippedWith("+ coverage lead and ranker gap, budget 0.035", plus(LEXICAL, 14, 15), 0.035),
            new Stage("confidence model L2 0.1", false, true, LEXICAL, true, false, Double.NaN, ChoicePolicy.DEFAULT,
                    HeldOutEvaluation.THRESHOLD_STEP, HeldOutEvaluation.WRONG_ANSWER_BUDGET, 0.1),
            new Stage("confidence model L2 0.001", false, true, LEXICAL, true, false, Double.NaN, ChoicePolicy.DEFAULT,
                    HeldOutEvaluation.THRESHOLD_STEP, HeldOutEvaluation.WRONG_ANSWER_BUDGET, 0.001),
            new Stage("+ coverage lead, L2 0.1", false, true, plus(LEXICAL, 15), true, false, Double.NaN,
                    ChoicePolicy.DEFAULT, HeldOutEvaluation.THRESHOLD_STEP, HeldOutEvaluation.WRONG_ANSWER_BUDGET, 0.1),
            Stage.shippedWith("threshold: upper 95 % bound (Wilson) of the training wrong-answer rate within 0.05",
                    LEXICAL, L2, ThresholdRule.WILSON, 0.05),
            Stage.shippedWith("+ coverage lead, L2 0.1, threshold by the Wilson bound within 0.05",
                    plus(LEXICAL, 15), 0.1, ThresholdRule.WILSON, 0.05),
            Stage.shippedWith("threshold: budget chosen by cross-validation in the training questions (held-out 0.04)",
                    LEXICAL, L2, ThresholdRule.NESTED, HeldOutEvaluation.WRONG_ANSWER_BUDGET),
            Stage.shippedWith("+ coverage lead, L2 0.1, budget chosen by cross-validation (held-out 0.04)",
                    plus(LEXICAL, 15), 0.1, ThresholdRule.NESTED, HeldOutEvaluation.WRONG_ANSWER_BUDGET),
            Stage.shippedWith("threshold: upper 95 % bound (Wilson) within 0.04", LEXICAL, L2, ThresholdRule.WILSON, 0.04),
            Stage.shippedWith("+ coverage lead, L2 0.1, Wilson bound within 0.04", plus(LEXICAL, 15), 0.1,
                    ThresholdRule.WILSON, 0.04),
            Stage.shippedWith("+ coverage lead, budget chosen by cross-validation (held-out 0.04)", plus(LEXICAL, 15),
                    L2, ThresholdRule.NESTED, HeldOutEvaluation.WRONG_ANSWER_BUDGET));

    /**
     * How the answer threshold is chosen on the training questions' out-of-fold probabilities, given a wrong-answer
     * budget: {@code POINT}, the lowest threshold whose share of wrong answers among the training questions is
     * within the budget (shipped); {@code WILSON}, the lowest whose one-sided 95 % upper Wilson bound of that share
     * is within it (so a small training set needs a clear margin); {@code NESTED}, the point rule with the largest
     * budget (of 0.005 .. the budget, step 0.0025) whose thresholds, chosen on four fifths of the training questions,
     * answered at most the budget's share of the other fifth wrongly (5-fold inside the training questions).
     */
    enum ThresholdRule { POINT, WILSON, NESTED }

    private static int[] plus(int[] features, int... more) {
        int[] out = java.util.Arrays.copyOf(features, features.length + more.length);
        System.arraycopy(more, 0, out, features.length, more.length);
        return out;
    }

    /** One evaluation set: its retriever (index built once) and its questions. */
    record SetRun(String name, HybridKnowledgeRetriever retriever, List<GoldenQuestion> questions) {
    }

    private final RetrievalSettings settings;
    /** Traces without a second stage, per set and dense on/off: the candidates the ranker is fitted on. */
    private final Map<String, List<HybridKnowledgeRetriever.Trace>> fusedTraces = new HashMap<>();

    /** Where the shipped configuration's held-out outcomes are written, one file a set and method; null: nowhere. */
    private java.nio.file.Path detailDir;

    HeldOutEvaluation(RetrievalSettings settings) {
        this.settings = settings;
    }

    /** Writes each held-out question's outcome of the shipped configuration to {@code dir} (with {@code eval --out}). */
    HeldOutEvaluation detailsTo(java.nio.file.Path dir) {
        this.detailDir = dir;
        return this;
    }

    private void details(SetRun set, Stage stage, String method, List<EvalOutcome> outcomes) {
        int variant = VARIANTS.indexOf(stage);
        if (detailDir != null && variant >= 0) {
            EvalReport.writeOutcomes(detailDir.resolve("held-out-" + set.name() + "-" + method
                    + (variant == 0 ? "" : "-variant" + variant) + ".jsonl"), outcomes);
        }
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
            SigapEvaluation run = new SigapEvaluation(fitted(List.of(new Part(set, train)), set, stage),
                    set.retriever().knowledgeBase(), stage.choices());
            for (int i : test) {
                outcomes.set(i, run.run(set.questions().get(i), i));
            }
        }
        details(set, stage, "k-fold", outcomes);
        return withDenseUse(figures(outcomes, FOLDS + "-fold over the " + set.name()
                + " questions, stages fitted on the other folds" + takeThresholds()));
    }

    /** Leave one knowledge base out: the stages are fitted on the other sets' questions only. */
    Map<String, Object> leaveOut(SetRun target, List<SetRun> others, Stage stage) {
        List<Part> parts = others.stream().map(o -> new Part(o, all(o))).toList();
        SigapEvaluation run = new SigapEvaluation(fitted(parts, target, stage), target.retriever().knowledgeBase(),
                stage.choices());
        List<EvalOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < target.questions().size(); i++) {
            outcomes.add(run.run(target.questions().get(i), i));
        }
        details(target, stage, "leave-kb-out", outcomes);
        return withDenseUse(figures(outcomes, "stages fitted on " + String.join(" + ",
                others.stream().map(SetRun::name).toList()) + " only, never on " + target.name() + takeThresholds()));
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
        Fitted fitted = fitModels(training, target, stage.dense(), stage.secondStage(), stage.features(), stage);
        if (fitted.x() != null && stage.chosenThreshold()) {
            double[] p = ConfidenceCalibration.crossValidated(fitted.x(), fitted.y(), stage.l2(), FOLDS);
            double threshold = switch (stage.rule()) {
                case POINT -> chooseThreshold(p, fitted.y(), fitted.ambiguous(), stage.thresholdStep(), stage.wrongBudget());
                case WILSON -> chooseThresholdWilson(p, fitted.y(), fitted.ambiguous(), stage.thresholdStep(),
                        stage.wrongBudget());
                case NESTED -> chooseThresholdNested(p, fitted.y(), fitted.ambiguous(), stage.thresholdStep(),
                        stage.wrongBudget());
            };
            thresholds.add(threshold);
            return fitted.retriever().withModels(fitted.retriever().settings().withMinConfidence(threshold),
                    fitted.retriever().ranker(), fitted.retriever().confidence());
        }
        return fitted.retriever();
    }

    /**
     * The retriever a held-out question is run through: the stage fitted on the training parts, or, for a stage
     * that brings in the dense side only when BM25 is unsure, the lexical pipeline and the dense one, each fitted
     * on the training parts, behind {@link DenseWhenUnsure}.
     */
    private KnowledgeRetriever fitted(List<Part> training, SetRun target, Stage stage) {
        if (!stage.denseWhenUnsure()) {
            return fit(training, target, stage);
        }
        Fitted lexical = fitModels(training, target, false, true, LEXICAL, stage);
        Fitted dense = fitModels(training, target, true, true, ALL, stage);
        if (lexical.x() == null) {
            DenseWhenUnsure g = new DenseWhenUnsure(lexical.retriever(), dense.retriever());
            gated.add(g);
            return g;
        }
        // The lexical threshold by the shipped rule (the confident majority is answered as before); the dense one,
        // for the questions BM25 is unsure of, by the same rule over the whole gated system's wrong answers.
        double[] pLexical = ConfidenceCalibration.crossValidated(lexical.x(), lexical.y(), L2, FOLDS);
        double t1 = chooseThreshold(pLexical, lexical.y(), lexical.ambiguous());
        double[] pDense = ConfidenceCalibration.crossValidated(dense.x(), dense.y(), L2, FOLDS);
        int n = pLexical.length;
        List<Boolean> unsure = new ArrayList<>();
        int wrongAlready = 0;
        for (int i = 0; i < n; i++) {
            boolean confident = pLexical[i] >= t1 && !lexical.ambiguous().get(i);
            unsure.add(!confident);
            if (confident && !lexical.y().get(i)) {
                wrongAlready++;
            }
        }
        double t2 = THRESHOLD_GRID[THRESHOLD_GRID.length - 1];
        for (double t : THRESHOLD_GRID) {
            int wrong = wrongAlready;
            for (int i = 0; i < n; i++) {
                if (unsure.get(i) && pDense[i] >= t && !dense.ambiguous().get(i) && !dense.y().get(i)) {
                    wrong++;
                }
            }
            if (wrong <= WRONG_ANSWER_BUDGET * n) {
                t2 = t;
                break;
            }
        }
        thresholds.add(t1);
        thresholds.add(t2);
        HybridKnowledgeRetriever l = lexical.retriever();
        HybridKnowledgeRetriever d = dense.retriever();
        DenseWhenUnsure g = new DenseWhenUnsure(l.withModels(l.settings().withMinConfidence(t1), l.ranker(),
                l.confidence()), d.withModels(d.settings().withMinConfidence(t2), d.ranker(), d.confidence()));
        gated.add(g);
        return g;
    }

    /**
     * BM25 first; the dense pipeline only for a question BM25 is unsure of (not confident), whose result then
     * stands (answer, choices or handoff by its own models). The confident majority never waits on an embedding.
     */
    record DenseWhenUnsure(KnowledgeRetriever lexical, KnowledgeRetriever dense,
                           java.util.concurrent.atomic.AtomicInteger[] counts) implements KnowledgeRetriever {

        DenseWhenUnsure(KnowledgeRetriever lexical, KnowledgeRetriever dense) {
            this(lexical, dense, new java.util.concurrent.atomic.AtomicInteger[]{
                    new java.util.concurrent.atomic.AtomicInteger(), new java.util.concurrent.atomic.AtomicInteger()});
        }

        @Override
        public id.sigap.retrieval.RetrievalResult retrieve(String question) {
            counts[0].incrementAndGet();
            id.sigap.retrieval.RetrievalResult first = lexical.retrieve(question);
            if (first.confident()) {
                return first;
            }
            counts[1].incrementAndGet();
            return dense.retrieve(question);
        }
    }

    /** The share of retrievals that used the dense side, over the gated retrievers since the last call. */
    private final List<DenseWhenUnsure> gated = new ArrayList<>();

    private String takeDenseUse() {
        int all = gated.stream().mapToInt(g -> g.counts()[0].get()).sum();
        int dense = gated.stream().mapToInt(g -> g.counts()[1].get()).sum();
        gated.clear();
        return all == 0 ? null : String.valueOf(EvalMetrics.round(dense / (double) all));
    }

    /** A fitted pipeline over the target and the training data its confidence model was fitted on (x null: none). */
    private record Fitted(HybridKnowledgeRetriever retriever, List<double[]> x, List<Boolean> y, List<Boolean> ambiguous) {
    }

    private Fitted fitModels(List<Part> training, SetRun target, boolean dense, boolean secondStage, int[] features,
                             Stage stage) {
        RetrievalSettings query = stage.applied(dense ? withDense(settings) : settings.withDenseWeight(0))
                .withMinConfidence(FIXED_THRESHOLD);
        if (training.stream().allMatch(p -> p.questions().isEmpty())) {
            // Too few questions to leave any out (a tiny set): nothing to fit on, so the built-in stages judge.
            return new Fitted(target.retriever().withModels(query, secondStage ? CandidateRanker.builtIn(query)
                    : CandidateRanker.NONE, ConfidenceModel.builtIn(query)), null, null, null);
        }
        CandidateRanker ranker = CandidateRanker.NONE;
        if (secondStage) {
            List<RankerCalibration.Question> questions = new ArrayList<>();
            for (Part part : training) {
                List<HybridKnowledgeRetriever.Trace> traces = fusedTraces(part.set(), dense);
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
            List<HybridKnowledgeRetriever.Trace> traces = secondStage ? null : fusedTraces(part.set(), dense);
            for (int i : part.questions()) {
                HybridKnowledgeRetriever.Trace trace = traces != null ? traces.get(i)
                        : withRanker.trace(part.set().questions().get(i).question());
                GoldenQuestion golden = part.set().questions().get(i);
                List<RetrievalHit> hits = trace.result().hits();
                x.add(masked(trace.features().vector(), features));
                y.add(!golden.expectHandoff() && !hits.isEmpty() && golden.expected().contains(hits.getFirst().entryId()));
                ambiguous.add(trace.result().ambiguous());
            }
        }
        ConfidenceModel confidence = ConfidenceCalibration.fit(x, y, stage.l2());
        return new Fitted(target.retriever().withModels(query, ranker, confidence), x, y, ambiguous);
    }

    /** The share of all questions Sigap may answer wrongly, at most, on the questions a threshold is chosen on. */
    static final double WRONG_ANSWER_BUDGET = 0.04;
    private static final double[] THRESHOLD_GRID = grid();
    /** The thresholds chosen by the fits since the last {@link #takeThresholds()}. */
    private final List<Double> thresholds = new ArrayList<>();

    /** The step of the grid the answer threshold is chosen on. */
    static final double THRESHOLD_STEP = 0.025;

    private static double[] grid() {
        return grid(THRESHOLD_STEP);
    }

    private static double[] grid(double step) {
        int n = (int) Math.round(0.65 / step) + 1;
        double[] g = new double[n];
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.round((0.30 + step * i) * 1e6) / 1e6;   // 0.300 .. 0.950, exact to the step
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
        return chooseThreshold(probability, firstRight, ambiguous, THRESHOLD_STEP, WRONG_ANSWER_BUDGET);
    }

    static double chooseThreshold(double[] probability, List<Boolean> firstRight, List<Boolean> ambiguous,
                                  double step, double budget) {
        double[] grid = step == THRESHOLD_STEP ? THRESHOLD_GRID : grid(step);
        int n = probability.length;
        for (double t : grid) {
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                if (probability[i] >= t && !ambiguous.get(i) && !firstRight.get(i)) {
                    wrong++;
                }
            }
            if (wrong <= budget * n) {
                return t;
            }
        }
        return grid[grid.length - 1];
    }

    /** One-sided 95 % normal quantile of the upper confidence bound. */
    static final double Z_95 = 1.6449;

    /** The one-sided upper Wilson score bound of a proportion of {@code k} in {@code n} at {@code z}. */
    static double wilsonUpper(int k, int n, double z) {
        if (n == 0) {
            return 1;
        }
        double p = k / (double) n;
        double z2 = z * z;
        return (p + z2 / (2 * n) + z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }

    /**
     * The lowest threshold at which the one-sided 95 % upper Wilson bound of the share of the training questions
     * answered wrongly is within {@code budget} (the highest on the grid when none is).
     */
    static double chooseThresholdWilson(double[] probability, List<Boolean> firstRight, List<Boolean> ambiguous,
                                        double step, double budget) {
        double[] grid = step == THRESHOLD_STEP ? THRESHOLD_GRID : grid(step);
        int n = probability.length;
        for (double t : grid) {
            if (wilsonUpper(wrongAt(probability, firstRight, ambiguous, t, null), n, Z_95) <= budget) {
                return t;
            }
        }
        return grid[grid.length - 1];
    }

    /**
     * The point rule ({@link #chooseThreshold}) with a budget chosen by 5-fold cross-validation inside the training
     * questions: the largest budget (0.005 .. {@code target}, step 0.0025) whose thresholds, each chosen on four
     * fifths of the questions, answer at most {@code target} of the questions wrongly in the fifths left out.
     */
    static double chooseThresholdNested(double[] probability, List<Boolean> firstRight, List<Boolean> ambiguous,
                                        double step, double target) {
        int n = probability.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED + 1));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % FOLDS;
        }
        double chosen = 0.005;
        for (double budget = 0.005; budget <= target + 1e-9; budget += 0.0025) {
            int wrongOut = 0;
            for (int f = 0; f < FOLDS; f++) {
                boolean[] inFold = new boolean[n];
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    inFold[i] = fold[i] == f;
                    if (!inFold[i]) {
                        train.add(i);
                    }
                }
                double[] p = new double[train.size()];
                List<Boolean> right = new ArrayList<>();
                List<Boolean> amb = new ArrayList<>();
                for (int j = 0; j < train.size(); j++) {
                    p[j] = probability[train.get(j)];
                    right.add(firstRight.get(train.get(j)));
                    amb.add(ambiguous.get(train.get(j)));
                }
                double t = chooseThreshold(p, right, amb, step, budget);
                wrongOut += wrongAt(probability, firstRight, ambiguous, t, inFold);
            }
            if (wrongOut <= target * n) {
                chosen = budget;
            }
        }
        return chooseThreshold(probability, firstRight, ambiguous, step, chosen);
    }

    /** The questions (of those {@code only} marks, or all) answered directly and wrongly at threshold {@code t}. */
    private static int wrongAt(double[] probability, List<Boolean> firstRight, List<Boolean> ambiguous, double t,
                               boolean[] only) {
        int wrong = 0;
        for (int i = 0; i < probability.length; i++) {
            if ((only == null || only[i]) && probability[i] >= t && !ambiguous.get(i) && !firstRight.get(i)) {
                wrong++;
            }
        }
        return wrong;
    }

    private Map<String, Object> withDenseUse(Map<String, Object> figures) {
        String used = takeDenseUse();
        if (used != null) {
            figures.put("denseUsed", Double.parseDouble(used));
        }
        return figures;
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
