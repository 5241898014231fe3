package id.sigap.support;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.RetrievalSettings;

import java.nio.file.Path;
import java.time.LocalDate;

/** The shipped knowledge base as served on a fixed day, indexed with the shipped retrieval settings. */
public final class ShippedKnowledge {

    private ShippedKnowledge() {
    }

    public static HybridKnowledgeRetriever retriever() {
        return HybridKnowledgeRetriever.over(KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 12, 2)),
                new AllMiniLmL6V2EmbeddingModel(), RetrievalSettings.defaults());
    }
}
