package id.sigap.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import id.sigap.knowledge.KnowledgeEntry;

import java.util.Map;

/** Turns entries into LangChain4j {@link Content}: the approved text, with id, title and source as metadata. */
final class EntryContents {

    static final String ENTRY_ID = "entry_id";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String RANK = "rank";

    private EntryContents() {
    }

    static Content of(KnowledgeEntry entry, double score, int rank) {
        return of(entry.id(), entry.title(), entry.body(), entry.sourceUrl(), score, rank);
    }

    static Content of(RetrievalHit hit) {
        return of(hit.entryId(), hit.title(), hit.text(), hit.sourceUrl(), hit.score(), hit.rank());
    }

    private static Content of(String id, String title, String text, String source, double score, int rank) {
        Metadata metadata = new Metadata().put(ENTRY_ID, id).put(TITLE, title).put(RANK, rank);
        if (source != null) {
            metadata.put(SOURCE, source);
        }
        return Content.from(TextSegment.from(title + "\n\n" + text, metadata),
                Map.of(ContentMetadata.SCORE, score, ContentMetadata.EMBEDDING_ID, id));
    }
}
