package id.sigap.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.retrieval.CandidateFeatures;
import id.sigap.retrieval.CandidateRanker;
import id.sigap.retrieval.ConfidenceCalibration;
import id.sigap.retrieval.ConfidenceModel;
import id.sigap.retrieval.EmbeddingModels;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.RankerCalibration;
import id.sigap.retrieval.RetrievalSettings;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eval --kb DIR --golden FILE [--out DIR] [--min-confidence P] [--fit]} and
 * {@code eval --idk-mrc FILE [--out DIR]}: runs every question through Sigap and through the plain
 * LangChain4j embedding baseline, and prints a JSON summary on the last line of stdout. No Spring
 * context and no Redis: each question is a fresh chat, so nothing is remembered between questions.
 * By default the summary also holds held-out figures ({@link HeldOutEvaluation}): k-fold over the
 * questions and, when several sets are given ({@code --idk-mrc}, {@code --kb}/{@code --golden},
 * {@code --qa-pairs}), leave one knowledge base out.
 */
final class EvalVerb {

    private EvalVerb() {
    }

    static int run(String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        RetrievalSettings settings = RetrievalSettings.defaults();
        if (options.containsKey("min-confidence")) {
            settings = settings.withMinConfidence(Double.parseDouble(options.get("min-confidence")));
        }
        settings = tuned(settings, options);
        List<LoadedSet> sets = loadSets(options);
        LoadedSet primary = sets.getFirst();
        String label = primary.name();
        KnowledgeBase kb = primary.kb();
        List<GoldenQuestion> questions = primary.questions();
        Map<String, Object> about = primary.about();
        // Remembers the texts it embedded: the held-out runs ask every question again, once a fold and a stage.
        EmbeddingModel model = new RememberingEmbeddingModel(EmbeddingModels.create(settings.embedding()));

        if (options.containsKey("learning")) {
            CandidateRanker shipped = "false".equals(options.get("rerank")) ? CandidateRanker.NONE : CandidateRanker.DEFAULT;
            for (LoadedSet set : sets) {
                out.println(GoldenQuestion.JSON.writeValueAsString(
                        LearningExperiment.run(set.name(), set.kb(), set.questions(), model, settings, shipped)));
            }
            return 0;
        }
        long built = System.nanoTime();
        CandidateRanker ranker = "false".equals(options.get("rerank")) ? CandidateRanker.NONE
                : CandidateRanker.builtIn(settings);
        SigapEvaluation sigap = new SigapEvaluation(kb, model, settings, ranker);
        long buildMs = (System.nanoTime() - built) / 1_000_000;
        EmbeddingBaseline baseline = new EmbeddingBaseline(kb, model, settings.maxResults());
        sigap.warmUp();

        List<EvalOutcome> sigapOutcomes = new ArrayList<>();
        List<EvalOutcome> baselineOutcomes = new ArrayList<>();
        long n = 0;
        for (GoldenQuestion question : questions) {
            sigapOutcomes.add(sigap.run(question, n++));
            baselineOutcomes.add(baseline.run(question));
        }
        double threshold = EvalMetrics.tuneThreshold(baselineOutcomes);
        baselineOutcomes = baselineOutcomes.stream().map(o -> o.withHandoff(o.score() < threshold)).toList();

        Map<String, Object> summary = new LinkedHashMap<>(EvalMetrics.of(sigapOutcomes).asMap());
        summary.put("set", label);
        summary.put("entries", kb.entries().size());
        summary.put("kbVersion", kb.version());
        summary.put("minConfidence", settings.minConfidence());
        summary.put("sigapThresholdTunedLikeBaseline", EvalMetrics.round(EvalMetrics.tuneThreshold(sigapOutcomes)));
        summary.put("indexBuildMs", buildMs);
        summary.putAll(about);
        Map<String, Object> base = new LinkedHashMap<>(EvalMetrics.of(baselineOutcomes).asMap());
        base.put("retriever", "EmbeddingStoreContentRetriever+InMemoryEmbeddingStore, same embedding model");
        base.put("handoffBelowScore", EvalMetrics.round(threshold));
        summary.put("baseline", base);

        if (!"false".equals(options.get("held-out"))) {
            heldOut(summary, sets, sigap, model, settings, options.containsKey("ablation"),
                    options.containsKey("out") ? Path.of(options.get("out")) : null, variants(options.get("variants")), out);
        }

        if (options.containsKey("features")) {
            writeFeatures(Path.of(options.get("features")), sigap.features(), sigapOutcomes);
        }
        if (options.containsKey("candidates")) {
            writeCandidates(Path.of(options.get("candidates")), sigap.traces(), sigapOutcomes);
        }
        if (options.containsKey("fit-ranker")) {
            fitRanker(sigap.traces(), sigapOutcomes, options.get("ranker-also"), out);
        }
        if (options.containsKey("fit")) {
            fit(sigap, sigapOutcomes, options.get("fit-also"), featureList(options.get("fit-features")), out);
        }
        if (options.containsKey("out")) {
            EvalReport.write(Path.of(options.get("out")), summary, sigapOutcomes, baselineOutcomes);
        }
        out.println(GoldenQuestion.JSON.writeValueAsString(summary));
        return 0;
    }

    /** One evaluation set as loaded: its knowledge base, its questions and what to say about how it was built. */
    private record LoadedSet(String name, KnowledgeBase kb, List<GoldenQuestion> questions, Map<String, Object> about) {
    }

    /**
     * The sets given: IDK-MRC ({@code --idk-mrc}), the golden set ({@code --kb} and {@code --golden}) and
     * question-answer files ({@code --qa-pairs}, each file its own set); the first of these is the one the
     * summary's top-level figures describe, as before; with several, each is also judged with the stages fitted on the others.
     */
    private static List<LoadedSet> loadSets(Map<String, String> options) {
        List<LoadedSet> sets = new ArrayList<>();
        if (options.containsKey("idk-mrc")) {
            IdkMrcSet set = IdkMrcSet.read(Path.of(options.get("idk-mrc")));
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("passages", set.passages());
            about.put("passagesLeftOut", set.leftOut());
            about.put("impossibleQuestionsOfIncludedPassagesExcluded", set.excludedImpossible());
            sets.add(new LoadedSet("idk-mrc", set.knowledgeBase(), set.questions(), about));
        }
        if (options.containsKey("kb") || options.containsKey("golden") || !options.containsKey("idk-mrc")
                && !options.containsKey("qa-pairs")) {
            Path kbDir = Path.of(required(options, "kb"));
            if (!Files.isDirectory(kbDir)) {
                throw new CommandLineVerbs.BadInput("--kb " + kbDir + " is not a directory");
            }
            List<GoldenQuestion> questions = GoldenQuestion.read(Path.of(required(options, "golden")));
            KnowledgeBase kb = KnowledgeBaseLoader.load(kbDir, LocalDate.now());
            kb.problems().forEach(p -> System.err.println("warning: " + p));
            sets.add(new LoadedSet("golden", kb, questions, new LinkedHashMap<>()));
        }
        if (options.containsKey("qa-pairs")) {
            List<Path> files = qaPairFiles(options.get("qa-pairs"));
            List<String> names = qaPairSetNames(files);
            for (int i = 0; i < files.size(); i++) {
                QaPairSet set = QaPairSet.read(files.get(i));
                Map<String, Object> about = new LinkedHashMap<>();
                about.put("answers", set.answers());
                about.put("answersLeftOut", set.leftOut());
                about.put("file", files.get(i).toString());
                sets.add(new LoadedSet(names.get(i), set.knowledgeBase(), set.questions(), about));
            }
        }
        return sets;
    }

    /**
     * The files of {@code --qa-pairs}: one path, or several separated by commas (the option may also be given
     * more than once, which joins its values the same way). A value that names an existing file is that one
     * file even if its name holds a comma.
     */
    static List<Path> qaPairFiles(String value) {
        if (Files.isRegularFile(Path.of(value))) {
            return List.of(Path.of(value));
        }
        List<Path> files = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                files.add(Path.of(part.strip()));
            }
        }
        if (files.isEmpty()) {
            throw new CommandLineVerbs.BadInput("--qa-pairs needs a file");
        }
        return files;
    }

    /**
     * Each question-answer file is its own set: one file is named {@code qa-pairs}, as it always was; with
     * several, each is named after its file (without {@code .jsonl}), made unique with a number if two
     * files share a name (or a file is named like the golden or IDK-MRC set), and kept to letters, digits,
     * '-' and '_' since the name also names report files.
     */
    static List<String> qaPairSetNames(List<Path> files) {
        if (files.size() == 1) {
            return List.of("qa-pairs");
        }
        List<String> names = new ArrayList<>();
        List<String> taken = new ArrayList<>(List.of("golden", "idk-mrc"));
        for (Path file : files) {
            String base = file.getFileName().toString().replaceFirst("\\.jsonl?$", "")
                    .replaceAll("[^A-Za-z0-9_-]", "-");
            String stem = base.isEmpty() ? "qa-pairs" : base;
            String name = stem;
            for (int n = 2; taken.contains(name); n++) {
                name = stem + "-" + n;
            }
            names.add(name);
            taken.add(name);
        }
        return names;
    }

    /**
     * Adds {@code heldOut} (k-fold over the first set's questions, and leave one knowledge base out when
     * several sets are given) and, for every other set, its in-sample and held-out figures; with
     * {@code --ablation} also the per-stage table, printed as Markdown before the JSON line.
     */
    private static void heldOut(Map<String, Object> summary, List<LoadedSet> sets, SigapEvaluation primary,
                                EmbeddingModel model, RetrievalSettings settings, boolean ablation, Path outDir,
                                List<HeldOutEvaluation.Stage> variants, PrintStream out) {
        List<HeldOutEvaluation.SetRun> runs = new ArrayList<>();
        runs.add(new HeldOutEvaluation.SetRun(sets.getFirst().name(), primary.retriever(), sets.getFirst().questions()));
        for (LoadedSet set : sets.subList(1, sets.size())) {
            runs.add(new HeldOutEvaluation.SetRun(set.name(),
                    HybridKnowledgeRetriever.over(set.kb(), model, settings), set.questions()));
        }
        HeldOutEvaluation evaluation = new HeldOutEvaluation(settings);
        if (outDir != null) {
            evaluation.detailsTo(outDir);
        }
        summary.put("heldOut", heldOutOf(evaluation, runs, 0, HeldOutEvaluation.SHIPPED));
        if (runs.size() > 1) {
            List<Map<String, Object>> others = new ArrayList<>();
            for (int i = 1; i < runs.size(); i++) {
                LoadedSet set = sets.get(i);
                SigapEvaluation inSample = new SigapEvaluation(runs.get(i).retriever(), false);
                List<EvalOutcome> outcomes = new ArrayList<>();
                for (int q = 0; q < set.questions().size(); q++) {
                    outcomes.add(inSample.run(set.questions().get(q), q));
                }
                Map<String, Object> other = new LinkedHashMap<>();
                other.put("set", set.name());
                other.put("entries", set.kb().entries().size());
                other.putAll(set.about());
                other.put("inSample", HeldOutEvaluation.figures(outcomes, "the built-in stages as shipped"));
                other.put("heldOut", heldOutOf(evaluation, runs, i, HeldOutEvaluation.SHIPPED));
                others.add(other);
            }
            summary.put("otherSets", others);
        }
        if (!variants.isEmpty()) {
            out.print(variantTable(evaluation, runs, summary, variants));
        }
        if (ablation) {
            Map<String, Object> table = new LinkedHashMap<>();
            StringBuilder markdown = new StringBuilder("| set | stage | held out by | hit@1 | hit@3 | MRR | handoff P "
                    + "| handoff R | answered directly | wrong answers | choices | resolved in one tap "
                    + "| ms/question p50 / p95 |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (int i = 0; i < runs.size(); i++) {
                List<Map<String, Object>> stages = new ArrayList<>();
                for (HeldOutEvaluation.Stage stage : HeldOutEvaluation.ABLATION) {
                    Map<String, Object> row = heldOutOf(evaluation, runs, i, stage);
                    row.put("stage", stage.name());
                    double[] ms = timed(runs.get(i), stage, settings, model);
                    row.put("latencyP50Ms", EvalMetrics.round(ms[0]));
                    row.put("latencyP95Ms", EvalMetrics.round(ms[1]));
                    stages.add(row);
                    for (String by : List.of("kFold", "leaveOneKbOut")) {
                        if (row.get(by) instanceof Map<?, ?> m && m.containsKey("hitAt1")) {
                            markdown.append(String.format(java.util.Locale.ROOT,
                                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f / %.2f |%n",
                                    runs.get(i).name(), stage.name(), by, m.get("hitAt1"), m.get("hitAt3"), m.get("mrr"),
                                    m.get("handoffPrecision"), m.get("handoffRecall"), m.get("answeredDirectly"),
                                    m.get("wrongAnswerRate"), m.get("choicesOffered"), m.get("resolvedWithinOneTap"),
                                    ms[0], ms[1]));
                        }
                    }
                }
                table.put(runs.get(i).name(), stages);
            }
            summary.put("ablation", table);
            out.print(markdown);
            out.printf(java.util.Locale.ROOT, "answer threshold for the built-in constants, chosen over %s: %.3f%n",
                    String.join(" + ", runs.stream().map(HeldOutEvaluation.SetRun::name).toList()),
                    evaluation.builtInThreshold(runs));
            for (HeldOutEvaluation.Stage stage : HeldOutEvaluation.ABLATION.subList(3, HeldOutEvaluation.ABLATION.size())) {
                out.println("fitted on all sets, " + stage.name() + ":");
                out.println(evaluation.fittedOnAll(runs, stage));
            }
        }
    }

    /**
     * {@code --variants}: the shipped pipeline beside each candidate change ({@link HeldOutEvaluation#VARIANTS}),
     * every one held out (k-fold and leave one knowledge base out), as a Markdown table; kept under {@code variants}.
     */
    private static String variantTable(HeldOutEvaluation evaluation, List<HeldOutEvaluation.SetRun> runs,
                                       Map<String, Object> summary, List<HeldOutEvaluation.Stage> variants) {
        Map<String, Object> table = new LinkedHashMap<>();
        StringBuilder markdown = new StringBuilder("| set | variant | held out by | hit@1 | hit@3 | handoff P | handoff R "
                + "| answered directly | wrong answers | choices | resolved in one tap | dense used |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < runs.size(); i++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HeldOutEvaluation.Stage variant : variants) {
                Map<String, Object> row = heldOutOf(evaluation, runs, i, variant);
                row.put("variant", variant.name());
                rows.add(row);
                for (String by : List.of("kFold", "leaveOneKbOut")) {
                    if (row.get(by) instanceof Map<?, ?> m && m.containsKey("hitAt1")) {
                        markdown.append(String.format(java.util.Locale.ROOT,
                                "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                                runs.get(i).name(), variant.name(), by, m.get("hitAt1"), m.get("hitAt3"),
                                m.get("handoffPrecision"), m.get("handoffRecall"), m.get("answeredDirectly"),
                                m.get("wrongAnswerRate"), m.get("choicesOffered"), m.get("resolvedWithinOneTap"),
                                m.containsKey("denseUsed") ? m.get("denseUsed") : "–"));
                    }
                }
            }
            table.put(runs.get(i).name(), rows);
        }
        summary.put("variants", table);
        return markdown.toString();
    }

    /** {@code --variants} alone: all; {@code --variants 0,4}: those of {@link HeldOutEvaluation#VARIANTS}; absent: none. */
    private static List<HeldOutEvaluation.Stage> variants(String list) {
        if (list == null) {
            return List.of();
        }
        if (list.equals("all")) {
            return HeldOutEvaluation.VARIANTS;
        }
        try {
            return java.util.Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt)
                    .mapToObj(HeldOutEvaluation.VARIANTS::get).toList();
        } catch (RuntimeException e) {
            throw new CommandLineVerbs.BadInput("--variants needs variant numbers 0.." + (HeldOutEvaluation.VARIANTS.size() - 1)
                    + ", e.g. 0,1");
        }
    }

    /**
     * Wall time of retrieval plus decision per question in the stage's configuration (p50 and p95, ms), every
     * question embedded afresh (the remembered embeddings of the held-out runs would hide the dense stage's cost).
     * The shipped constants are used: the time does not depend on the fitted weights.
     */
    private static double[] timed(HeldOutEvaluation.SetRun run, HeldOutEvaluation.Stage stage, RetrievalSettings settings,
                                  EmbeddingModel model) {
        RetrievalSettings query = stage.dense() ? HeldOutEvaluation.withDense(settings) : settings.withDenseWeight(0);
        HybridKnowledgeRetriever retriever = run.retriever().withModels(query, stage.secondStage()
                ? CandidateRanker.builtIn(query) : CandidateRanker.NONE, ConfidenceModel.builtIn(query));
        SigapEvaluation timing = new SigapEvaluation(retriever, false);
        RememberingEmbeddingModel remembering = model instanceof RememberingEmbeddingModel r ? r : null;
        if (remembering != null) {
            remembering.fresh(true);
        }
        try {
            double[] ms = new double[run.questions().size()];
            for (int q = 0; q < ms.length; q++) {
                ms[q] = timing.run(run.questions().get(q), q).micros() / 1000.0;
            }
            java.util.Arrays.sort(ms);
            return new double[]{EvalMetrics.percentile(ms, 50), EvalMetrics.percentile(ms, 95)};
        } finally {
            if (remembering != null) {
                remembering.fresh(false);
            }
        }
    }

    private static Map<String, Object> heldOutOf(HeldOutEvaluation evaluation, List<HeldOutEvaluation.SetRun> runs,
                                                 int target, HeldOutEvaluation.Stage stage) {
        Map<String, Object> held = new LinkedHashMap<>();
        int questions = runs.get(target).questions().size();
        if (questions < HeldOutEvaluation.MIN_QUESTIONS) {
            // Too few to fit anything on some and judge it on the others: the in-sample figures are all there is.
            held.put("kFold", Map.of("skipped", questions + " questions; held-out figures need at least "
                    + HeldOutEvaluation.MIN_QUESTIONS));
        } else {
            held.put("kFold", evaluation.kFold(runs.get(target), stage));
        }
        if (runs.size() > 1) {
            List<HeldOutEvaluation.SetRun> others = new ArrayList<>(runs);
            others.remove(target);
            held.put("leaveOneKbOut", evaluation.leaveOut(runs.get(target), others, stage));
        }
        return held;
    }

    /** Fits the confidence model on this run and prints the constants and a cross-validated calibration. */
    private static void fit(SigapEvaluation sigap, List<EvalOutcome> outcomes, String also, int[] keep,
                            PrintStream out) {
        List<double[]> x = sigap.features();
        List<Boolean> y = outcomes.stream().map(o -> !o.golden().expectHandoff() && o.rank() == 1).toList();
        double l2 = 0.01;
        List<double[]> fitX = new ArrayList<>(x);
        List<Boolean> fitY = new ArrayList<>(y);
        if (also != null) {
            readFeatures(Path.of(also), fitX, fitY);
            out.println("fitted on this run (" + x.size() + ") and " + also + " (" + (fitX.size() - x.size()) + ")");
        }
        if (keep != null) {
            x = x.stream().map(v -> masked(v, keep)).toList();
            fitX = fitX.stream().map(v -> masked(v, keep)).toList();
            out.println("features kept: " + java.util.Arrays.toString(keep));
        }
        ConfidenceModel model = ConfidenceCalibration.fit(fitX, fitY, l2);
        out.println("fitted: " + ConfidenceCalibration.asJava(model));
        out.println("in-sample calibration:");
        out.print(ConfidenceCalibration.report(x.stream().mapToDouble(model::probabilityOf).toArray(), y));
        out.println("5-fold cross-validated calibration:");
        out.print(ConfidenceCalibration.report(ConfidenceCalibration.crossValidated(x, y, l2, 5), y));
        double[] cv = ConfidenceCalibration.crossValidated(x, y, l2, 5);
        for (double t = 0.2; t < 0.81; t += 0.05) {
            final double threshold = t;
            List<EvalOutcome> at = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                EvalOutcome o = outcomes.get(i);
                at.add(new EvalOutcome(o.golden(), o.ranking(), cv[i] < threshold, cv[i], o.micros(), ""));
            }
            EvalMetrics m = EvalMetrics.of(at);
            out.printf(java.util.Locale.ROOT, "cross-validated, handoff below %.2f: precision %.3f recall %.3f answered right %.3f%n",
                    threshold, m.handoffPrecision(), m.handoffRecall(), m.answeredCorrectly());
        }
        if (also != null) {
            // Out of fold over both sets pooled, as the default model is fitted, with the ambiguity rule applied:
            // the figures to set beside the in-sample ones that eval prints.
            for (long seed = 7; seed < 10; seed++) {
                double[] pooled = ConfidenceCalibration.crossValidated(fitX, fitY, l2, 5, seed);
                List<EvalOutcome> at = new ArrayList<>();
                for (int i = 0; i < outcomes.size(); i++) {
                    EvalOutcome o = outcomes.get(i);
                    at.add(new EvalOutcome(o.golden(), o.ranking(),
                            pooled[i] < 0.5 || o.detail().contains("ambiguous"), pooled[i], o.micros(), ""));
                }
                EvalMetrics m = EvalMetrics.of(at);
                out.printf(java.util.Locale.ROOT, "5-fold cross-validated over both sets (seed %d), handoff below 0.50 "
                        + "or ambiguous: precision %.3f recall %.3f%n", seed, m.handoffPrecision(), m.handoffRecall());
            }
        }
        out.println("current default:");
        out.print(ConfidenceCalibration.report(x.stream().mapToDouble(ConfidenceModel.DEFAULT::probabilityOf)
                .toArray(), y));
    }

    /** {@code --fit-features 0,1,2}: the confidence features the fitted model may use (all when absent). */
    private static int[] featureList(String list) {
        if (list == null) {
            return null;
        }
        try {
            return java.util.Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new CommandLineVerbs.BadInput("--fit-features needs feature numbers, e.g. 0,1,2");
        }
    }

    private static double[] masked(double[] v, int[] keep) {
        double[] out = new double[v.length];
        for (int j : keep) {
            out[j] = v[j];
        }
        return out;
    }

    /** One row a question: the confidence features and what happened, for fitting outside Java. */
    private static void writeFeatures(Path file, List<double[]> features, List<EvalOutcome> outcomes) {
        StringBuilder csv = new StringBuilder("expectHandoff,rank,handedOff,detail,"
                + String.join(",", id.sigap.retrieval.ConfidenceFeatures.NAMES) + ",question\n");
        for (int i = 0; i < outcomes.size(); i++) {
            EvalOutcome o = outcomes.get(i);
            csv.append(o.golden().expectHandoff()).append(',').append(o.rank()).append(',').append(o.handedOff())
                    .append(',').append(o.detail().split(" ")[0]).append(o.detail().contains("ambiguous") ? "+ambiguous" : "");
            for (double v : features.get(i)) {
                csv.append(',').append(v);
            }
            csv.append(',').append(o.golden().question().replace(',', ' ').replace('\n', ' ')).append('\n');
        }
        try {
            Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Fits the second ranking stage on this run (and on a {@code --candidates} file of another set) and prints
     * the constants with in-sample, cross-validated and other-set-only hit rates over this run's questions.
     */
    private static void fitRanker(List<HybridKnowledgeRetriever.Trace> traces, List<EvalOutcome> outcomes,
                                  String also, PrintStream out) {
        List<RankerCalibration.Question> own = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            HybridKnowledgeRetriever.Trace trace = traces.get(i);
            List<String> expected = outcomes.get(i).golden().expected();
            own.add(new RankerCalibration.Question(trace.candidates().stream().map(CandidateFeatures::vector).toList(),
                    trace.candidateIds().stream().map(expected::contains).toList()));
        }
        List<RankerCalibration.Question> other = also == null ? List.of() : readCandidates(Path.of(also));
        List<RankerCalibration.Question> all = new ArrayList<>(own);
        all.addAll(other);
        double l2 = 0.01;
        long answerable = outcomes.stream().filter(o -> !o.golden().expected().isEmpty()).count();
        CandidateRanker fitted = RankerCalibration.fit(all, l2);
        out.println("ranker fitted on this run (" + own.size() + ")" + (also == null ? "" : " and " + also + " ("
                + other.size() + ")") + ": " + RankerCalibration.asJava(fitted));
        printHits(out, "fused order (no second stage)", own.stream().mapToInt(q -> q.rank(CandidateRanker.NONE)).toArray(),
                answerable);
        printHits(out, "in-sample", own.stream().mapToInt(q -> q.rank(fitted)).toArray(), answerable);
        for (long seed = 7; seed < 10; seed++) {
            printHits(out, "5-fold cross-validated (seed " + seed + ")",
                    RankerCalibration.crossValidatedRanks(all, own.size(), l2, 5, seed), answerable);
        }
        if (!other.isEmpty()) {
            CandidateRanker otherOnly = RankerCalibration.fit(other, l2);
            printHits(out, "fitted on " + also + " alone", own.stream().mapToInt(q -> q.rank(otherOnly)).toArray(),
                    answerable);
        }
    }

    private static void printHits(PrintStream out, String label, int[] ranks, long answerable) {
        long first = java.util.Arrays.stream(ranks).filter(r -> r == 1).count();
        long top3 = java.util.Arrays.stream(ranks).filter(r -> r >= 1 && r <= 3).count();
        out.printf(java.util.Locale.ROOT, "ranker %s: hit@1 %.3f hit@3 %.3f%n", label, first / (double) answerable,
                top3 / (double) answerable);
    }

    private static List<RankerCalibration.Question> readCandidates(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new CommandLineVerbs.BadInput("cannot read --ranker-also " + file + ": " + e.getMessage());
        }
        int n = CandidateFeatures.NAMES.length;
        Map<String, List<String[]>> byQuestion = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length != 4 + n) {
                throw new CommandLineVerbs.BadInput("--ranker-also " + file + ": not a --candidates file of this version");
            }
            byQuestion.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
        }
        List<RankerCalibration.Question> questions = new ArrayList<>();
        for (List<String[]> rows : byQuestion.values()) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> answers = new ArrayList<>();
            for (String[] cells : rows) {
                double[] v = new double[n];
                for (int j = 0; j < n; j++) {
                    v[j] = Double.parseDouble(cells[4 + j]);
                }
                x.add(v);
                answers.add(Boolean.parseBoolean(cells[3]));
            }
            questions.add(new RankerCalibration.Question(x, answers));
        }
        return questions;
    }

    /** One row a question and candidate of the second ranking stage: its features and whether it answers. */
    private static void writeCandidates(Path file, List<HybridKnowledgeRetriever.Trace> traces,
                                        List<EvalOutcome> outcomes) {
        StringBuilder csv = new StringBuilder("question,expectHandoff,position,answers,"
                + String.join(",", CandidateFeatures.NAMES) + "\n");
        for (int i = 0; i < outcomes.size(); i++) {
            EvalOutcome o = outcomes.get(i);
            var trace = traces.get(i);
            for (int c = 0; c < trace.candidates().size(); c++) {
                csv.append(i).append(',').append(o.golden().expectHandoff()).append(',').append(c).append(',')
                        .append(o.golden().expected().contains(trace.candidateIds().get(c)));
                for (double v : trace.candidates().get(c).vector()) {
                    csv.append(',').append(v);
                }
                csv.append('\n');
            }
        }
        try {
            Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a file written by {@code --features}: the label is "answerable and the first hit is right". */
    private static void readFeatures(Path file, List<double[]> x, List<Boolean> y) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new CommandLineVerbs.BadInput("cannot read --fit-also " + file + ": " + e.getMessage());
        }
        int n = id.sigap.retrieval.ConfidenceFeatures.NAMES.length;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length < 4 + n) {
                throw new CommandLineVerbs.BadInput("--fit-also " + file + ": not a --features file of this version");
            }
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = Double.parseDouble(cells[4 + j]);
            }
            x.add(v);
            y.add(!Boolean.parseBoolean(cells[0]) && Integer.parseInt(cells[1]) == 1);
        }
    }

    /** Lets an operator try fusion settings without a rebuild: --bm25-weight, --dense-weight, --rrf-k, boosts. */
    private static RetrievalSettings tuned(RetrievalSettings s, Map<String, String> o) {
        return new RetrievalSettings(s.minConfidence(), s.maxResults(), s.candidates(),
                number(o, "rrf-k", s.rrfK()), number(o, "bm25-weight", s.bm25Weight()),
                number(o, "dense-weight", s.denseWeight()), s.ambiguityRatio(),
                number(o, "questions-boost", s.questionsBoost()), number(o, "title-boost", s.titleBoost()),
                number(o, "body-boost", s.bodyBoost()), embedding(s.embedding(), o), s.embeddingCacheDir());
    }

    /**
     * Lets an operator compare an ONNX embedding model with the default: --model-file, --tokenizer-file,
     * --pooling, --query-prefix, --passage-prefix.
     */
    private static RetrievalSettings.Embedding embedding(RetrievalSettings.Embedding e, Map<String, String> o) {
        boolean onnx = o.containsKey("model-file");
        return new RetrievalSettings.Embedding(onnx ? "onnx" : e.provider(),
                onnx ? Path.of(o.get("model-file")) : e.modelFile(),
                onnx ? Path.of(required(o, "tokenizer-file")) : e.tokenizerFile(), o.getOrDefault("pooling", e.pooling()),
                e.baseUrl(), e.apiKey(), e.modelName(), o.getOrDefault("query-prefix", e.queryPrefix()),
                o.getOrDefault("passage-prefix", e.passagePrefix()));
    }

    private static double number(Map<String, String> options, String name, double fallback) {
        try {
            return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new CommandLineVerbs.BadInput("--" + name + " needs a number");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new CommandLineVerbs.BadInput("unexpected argument '" + arg + "'; usage: eval --kb DIR --golden FILE "
                        + "[--out DIR] | eval --idk-mrc FILE [--out DIR] | eval --qa-pairs FILE[,FILE...] [--out DIR]");
            }
            String name = arg.substring(2);
            if (name.equals("variants") && (i + 1 == args.length || args[i + 1].startsWith("--"))) {
                options.put(name, "all");
            } else if (name.equals("fit") || name.equals("fit-ranker") || name.equals("ablation") || name.equals("learning")) {
                options.put(name, "true");
            } else if (name.equals("qa-pairs") && i + 1 < args.length) {
                options.merge(name, args[++i], (before, more) -> before + "," + more);
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new CommandLineVerbs.BadInput("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new CommandLineVerbs.BadInput("eval needs --" + name + "; usage: eval --kb DIR --golden FILE [--out DIR]");
        }
        return value;
    }
}
