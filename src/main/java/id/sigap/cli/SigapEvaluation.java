package id.sigap.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import id.sigap.conversation.ChoicePolicy;
import id.sigap.conversation.EntryCatalog;
import id.sigap.conversation.ExtractiveComposer;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.KnowledgeAnswerer;
import id.sigap.conversation.RecentQuestions;
import id.sigap.conversation.Decision;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.retrieval.CandidateRanker;
import id.sigap.retrieval.ConfidenceFeatures;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import id.sigap.retrieval.RetrievalSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs golden questions through Sigap's own pipeline (small talk, retrieval, the answer-or-handoff
 * decision, the extractive answer), each as a new chat so that no question is read as a follow-up.
 */
final class SigapEvaluation {

    private final HybridKnowledgeRetriever retriever;
    private final boolean traced;
    private final KnowledgeAnswerer answerer;
    private final List<ConfidenceFeatures> features = new ArrayList<>();
    private final List<HybridKnowledgeRetriever.Trace> traces = new ArrayList<>();

    SigapEvaluation(KnowledgeBase kb, EmbeddingModel model, RetrievalSettings settings, CandidateRanker ranker) {
        this(HybridKnowledgeRetriever.over(kb, model, settings, ranker), true);
    }

    /**
     * Runs through a retriever built elsewhere (the held-out evaluation's refitted stages); {@code traced}:
     * whether to keep each question's trace for fitting and the feature files (a second retrieval a question).
     */
    SigapEvaluation(HybridKnowledgeRetriever retriever, boolean traced) {
        this.retriever = retriever;
        this.traced = traced;
        this.answerer = new KnowledgeAnswerer(retriever, List.of(new ExtractiveComposer()), RecentQuestions.NONE,
                EntryCatalog.of(retriever.knowledgeBase()));
    }

    /** Runs through any retriever over {@code kb} (a held-out combination of fitted pipelines); no traces. */
    SigapEvaluation(KnowledgeRetriever any, KnowledgeBase kb, ChoicePolicy choices) {
        this.retriever = null;
        this.traced = false;
        this.answerer = new KnowledgeAnswerer(any, List.of(new ExtractiveComposer()), RecentQuestions.NONE,
                EntryCatalog.of(kb)).choosingBy(choices);
    }

    HybridKnowledgeRetriever retriever() {
        return retriever;
    }

    void warmUp() {
        for (int i = 0; i < 20; i++) {
            retriever.retrieve("bagaimana cara mengurus ktp yang hilang " + i);
        }
    }

    EvalOutcome run(GoldenQuestion golden, long n) {
        long started = System.nanoTime();
        KnowledgeAnswerer.Answered answered = answerer.decide(IncomingMessage.text("eval", n, 1_000_000 + n,
                golden.question()));
        long micros = (System.nanoTime() - started) / 1000;
        if (traced) {
            HybridKnowledgeRetriever.Trace trace = retriever.trace(golden.question());
            features.add(trace.features());
            traces.add(trace);
        }
        Decision decision = answered.result().decision();
        List<String> ranking = answered.retrieval().map(RetrievalResult::hits).orElse(List.of()).stream()
                .map(RetrievalHit::entryId).toList();
        double confidence = answered.retrieval().map(RetrievalResult::confidence).orElse(1.0);
        // Only a direct answer with an entry is an answer; choices, out of scope and the rest hand off (contract).
        boolean direct = decision.outcome() == Decision.Outcome.ANSWER && decision.entryId() != null;
        return new EvalOutcome(golden, ranking, !direct, confidence, micros,
                decision.outcome() + " " + String.join(" ", decision.keys()),
                direct ? decision.entryId() : null,
                decision.offered());
    }

    /** The confidence features of each question run so far, in order, for calibration. */
    List<double[]> features() {
        return features.stream().map(ConfidenceFeatures::vector).toList();
    }

    /** The traces of each question run so far, in order. */
    List<HybridKnowledgeRetriever.Trace> traces() {
        return traces;
    }

    static String describe(double[] v) {
        return Arrays.toString(Arrays.stream(v).map(EvalMetrics::round).toArray());
    }
}
