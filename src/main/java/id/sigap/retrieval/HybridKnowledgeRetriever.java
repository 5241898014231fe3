package id.sigap.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseListener;
import id.sigap.knowledge.KnowledgeEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * BM25 over the Indonesian analysis and dense retrieval over the embedding model, fused by weighted
 * reciprocal rank, with a calibrated confidence and the answer-or-handoff verdict. Holds the current
 * {@link RetrievalIndex} in an atomic reference: each question reads it once and uses that snapshot
 * throughout, so a reload never mixes two versions.
 */
public final class HybridKnowledgeRetriever implements KnowledgeRetriever, KnowledgeBaseListener {

    private final RetrievalIndexBuilder builder;
    private final RetrievalSettings settings;
    private final ConfidenceModel confidence;
    private final AtomicReference<RetrievalIndex> index;

    public HybridKnowledgeRetriever(EmbeddingModel model, RetrievalSettings settings, ConfidenceModel confidence) {
        this(model, settings, confidence, EmbeddingCache.NONE);
    }

    HybridKnowledgeRetriever(EmbeddingModel model, RetrievalSettings settings, ConfidenceModel confidence,
                             EmbeddingCache cache) {
        this.builder = new RetrievalIndexBuilder(model, settings, cache);
        this.settings = settings;
        this.confidence = confidence;
        this.index = new AtomicReference<>(builder.build(KnowledgeBase.empty(LocalDate.now())));
    }

    /** A retriever over a fixed knowledge base, for the command line, benchmarks and tests. */
    public static HybridKnowledgeRetriever over(KnowledgeBase kb, EmbeddingModel model, RetrievalSettings settings) {
        HybridKnowledgeRetriever retriever = new HybridKnowledgeRetriever(model, settings, ConfidenceModel.DEFAULT);
        retriever.knowledgeBaseLoaded(kb);
        return retriever;
    }

    @Override
    public void knowledgeBaseLoaded(KnowledgeBase knowledgeBase) {
        index.set(builder.build(knowledgeBase));
    }

    RetrievalIndex snapshot() {
        return index.get();
    }

    RetrievalIndexBuilder builder() {
        return builder;
    }

    /** The LangChain4j retriever over BM25 alone. */
    public Bm25ContentRetriever bm25Retriever() {
        return new Bm25ContentRetriever(this::snapshot, settings.maxResults());
    }

    /** The LangChain4j retriever over the embeddings alone. */
    public DenseContentRetriever denseRetriever() {
        return new DenseContentRetriever(this::snapshot, builder, settings.maxResults());
    }

    /** The knowledge base currently searched. */
    public KnowledgeBase knowledgeBase() {
        return index.get().knowledgeBase();
    }

    @Override
    public RetrievalResult retrieve(String question) {
        return trace(question).result();
    }

    /** The result with what it was decided from, for evaluation and calibration. */
    public record Trace(RetrievalResult result, ConfidenceFeatures features, List<String> bm25Ranking,
                        List<String> denseRanking) {
    }

    public Trace trace(String question) {
        long started = System.nanoTime();
        RetrievalIndex snapshot = index.get();
        String normalized = IndonesianNormalizer.normalize(question);
        List<KnowledgeEntry> entries = snapshot.entries();
        String version = snapshot.knowledgeBase().version();
        if (entries.isEmpty() || normalized.isBlank()) {
            RetrievalResult none = new RetrievalResult(question, normalized, List.of(), 0, false, List.of("no-match"),
                    version, micros(started));
            return new Trace(none, ConfidenceFeatures.NONE, List.of(), List.of());
        }
        List<String> sequence = RetrievalIndex.querySequence(normalized);
        List<String> terms = RetrievalIndex.queryTerms(normalized);
        List<RetrievalIndex.Scored> lexical = snapshot.bm25(terms, settings.candidates());
        double[] cosines = snapshot.vectors().size() == 0 ? new double[entries.size()]
                : snapshot.vectors().maxSimilarity(builder.embedQuery(normalized));
        List<RetrievalIndex.Scored> dense = top(cosines, settings.candidates());

        Map<Integer, Double> fused = new HashMap<>();
        for (int r = 0; r < lexical.size(); r++) {
            fused.merge(lexical.get(r).entry(), settings.bm25Weight() / (settings.rrfK() + r + 1), Double::sum);
        }
        for (int r = 0; r < dense.size(); r++) {
            fused.merge(dense.get(r).entry(), settings.denseWeight() / (settings.rrfK() + r + 1), Double::sum);
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
                .thenComparing(e -> -cosines[e.getKey()]));

        List<RetrievalHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.maxResults(), ranked.size()); i++) {
            KnowledgeEntry entry = entries.get(ranked.get(i).getKey());
            hits.add(new RetrievalHit(entry.id(), entry.title(), entry.body(), entry.sourceUrl(),
                    ranked.get(i).getValue(), i + 1));
        }
        int first = ranked.getFirst().getKey();
        ConfidenceFeatures features = ConfidenceFeatures.of(snapshot, sequence, terms, lexical, dense, cosines, ranked);
        double p = confidence.probability(features);
        List<String> reasons = new ArrayList<>();
        if (lexical.isEmpty() && p < settings.minConfidence()) {
            reasons.add("no-match");
        } else if (p < settings.minConfidence()) {
            reasons.add("low-confidence");
        }
        if (ranked.size() > 1) {
            int second = ranked.get(1).getKey();
            boolean close = ranked.get(1).getValue() >= settings.ambiguityRatio() * ranked.getFirst().getValue();
            if (close && !snapshot.shareTopic(first, second)) {
                reasons.add("ambiguous");
            }
        }
        RetrievalResult result = new RetrievalResult(question, normalized, hits, p, reasons.isEmpty(), reasons,
                version, micros(started));
        return new Trace(result, features, ids(entries, lexical), ids(entries, dense));
    }

    private static List<RetrievalIndex.Scored> top(double[] scores, int n) {
        List<RetrievalIndex.Scored> all = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            all.add(new RetrievalIndex.Scored(i, scores[i]));
        }
        all.sort(Comparator.comparingDouble(RetrievalIndex.Scored::score).reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    private static List<String> ids(List<KnowledgeEntry> entries, List<RetrievalIndex.Scored> scored) {
        return scored.stream().map(s -> entries.get(s.entry()).id()).toList();
    }

    private static long micros(long started) {
        return (System.nanoTime() - started) / 1_000;
    }
}
