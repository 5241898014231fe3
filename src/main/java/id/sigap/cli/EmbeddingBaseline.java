package id.sigap.cli;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison point: LangChain4j's plain {@link EmbeddingStoreContentRetriever} over an
 * {@link InMemoryEmbeddingStore}, one segment an entry (title, phrasings and body as written), the same
 * embedding model, no normalisation, no BM25. Its "handoff" is a top score below a threshold.
 */
final class EmbeddingBaseline {

    private static final String ENTRY_ID = "entry_id";
    private final EmbeddingStoreContentRetriever retriever;

    EmbeddingBaseline(KnowledgeBase kb, EmbeddingModel model, int maxResults) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<TextSegment> segments = new ArrayList<>();
        for (KnowledgeEntry entry : kb.entries()) {
            String text = entry.title() + "\n" + String.join("\n", entry.questions()) + "\n\n" + entry.body();
            segments.add(TextSegment.from(text, new Metadata().put(ENTRY_ID, entry.id())));
        }
        for (int from = 0; from < segments.size(); from += 64) {
            List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + 64));
            List<Embedding> embeddings = model.embedAll(batch).content();
            store.addAll(embeddings, batch);
        }
        retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(maxResults)
                .minScore(0.0)
                .build();
    }

    EvalOutcome run(GoldenQuestion golden) {
        long started = System.nanoTime();
        List<Content> contents = retriever.retrieve(Query.from(golden.question()));
        long micros = (System.nanoTime() - started) / 1000;
        List<String> ranking = contents.stream()
                .map(c -> c.textSegment().metadata().getString(ENTRY_ID)).distinct().toList();
        double top = contents.isEmpty() ? 0 : ((Number) contents.getFirst().metadata().get(ContentMetadata.SCORE))
                .doubleValue();
        return new EvalOutcome(golden, ranking, false, top, micros, "score " + EvalMetrics.round(top));
    }
}
