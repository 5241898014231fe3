package id.sigap.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.RetrievalAugmentor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires retrieval by hand (no LangChain4j Spring starter resolves for Spring Boot 4): the embedding
 * model, the hybrid retriever (also the knowledge base's listener, so it re-indexes on reload, and the
 * LangChain4j content retriever) and its retrieval augmentor, which every question goes through.
 */
@Configuration(proxyBeanMethods = false)
class RetrievalConfiguration {

    @Bean
    EmbeddingModel sigapEmbeddingModel(RetrievalSettings settings) {
        return EmbeddingModels.createInBackground(settings.embedding());
    }

    /** The in-process model loads once the application is ready, not during the start (BackgroundEmbeddingModel). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> embeddingModelLoadWhenReady(EmbeddingModel model,
                                                                          RetrievalSettings settings) {
        return event -> {
            // With the dense side off (the default) nothing embeds, so the model (about 90 MB) is never loaded.
            if (settings.usesDense() && model instanceof BackgroundEmbeddingModel background) {
                background.startLoading();
            }
        };
    }

    @Bean
    HybridKnowledgeRetriever knowledgeRetriever(EmbeddingModel model, RetrievalSettings settings) {
        return HybridKnowledgeRetriever.forService(model, settings,
                new EmbeddingCache(settings.embeddingCacheDir(), EmbeddingCache.modelId(settings.embedding())));
    }

    /** The augmentor {@link HybridKnowledgeRetriever#retrieve(String)} itself goes through (not a second one). */
    @Bean
    RetrievalAugmentor retrievalAugmentor(HybridKnowledgeRetriever retriever) {
        return retriever.augmentor();
    }
}
