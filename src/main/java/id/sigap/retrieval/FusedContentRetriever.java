package id.sigap.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.List;

/**
 * LangChain4j face of the hybrid retrieval: BM25 and embeddings fused, one content per entry (no
 * duplicates, unlike two retrievers behind a query router). Returns nothing when retrieval is not
 * confident, so that a composer can never be handed an entry that does not answer the question.
 */
public final class FusedContentRetriever implements ContentRetriever {

    private final KnowledgeRetriever retriever;

    public FusedContentRetriever(KnowledgeRetriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public List<Content> retrieve(Query query) {
        RetrievalResult result = retriever.retrieve(query.text());
        if (!result.confident()) {
            return List.of();
        }
        return result.hits().stream().map(EntryContents::of).toList();
    }
}
