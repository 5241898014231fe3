package id.sigap.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** LangChain4j retriever over the Lucene BM25 index alone (one content per entry). */
final class Bm25ContentRetriever implements ContentRetriever {

    private final Supplier<RetrievalIndex> index;
    private final int maxResults;

    Bm25ContentRetriever(Supplier<RetrievalIndex> index, int maxResults) {
        this.index = index;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        RetrievalIndex snapshot = index.get();
        List<String> terms = RetrievalIndex.queryTerms(IndonesianNormalizer.normalize(query.text()));
        List<Content> contents = new ArrayList<>();
        int rank = 1;
        for (RetrievalIndex.Scored hit : snapshot.bm25(terms, maxResults)) {
            contents.add(EntryContents.of(snapshot.entries().get(hit.entry()), hit.score(), rank++));
        }
        return contents;
    }
}
