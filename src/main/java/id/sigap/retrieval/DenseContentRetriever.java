package id.sigap.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** LangChain4j retriever over the embeddings alone: an entry scores its best-matching vector. */
final class DenseContentRetriever implements ContentRetriever {

    private final Supplier<RetrievalIndex> index;
    private final RetrievalIndexBuilder embedder;
    private final int maxResults;

    DenseContentRetriever(Supplier<RetrievalIndex> index, RetrievalIndexBuilder embedder, int maxResults) {
        this.index = index;
        this.embedder = embedder;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        RetrievalIndex snapshot = index.get();
        if (snapshot.entries().isEmpty()) {
            return List.of();
        }
        double[] cosines = snapshot.vectors().maxSimilarity(
                embedder.embedQuery(IndonesianNormalizer.normalize(query.text())));
        List<Integer> order = IntStream.range(0, cosines.length).boxed()
                .sorted(Comparator.comparingDouble((Integer e) -> cosines[e]).reversed())
                .limit(maxResults).toList();
        List<Content> contents = new ArrayList<>();
        int rank = 1;
        for (int e : order) {
            contents.add(EntryContents.of(snapshot.entries().get(e), cosines[e], rank++));
        }
        return contents;
    }
}
