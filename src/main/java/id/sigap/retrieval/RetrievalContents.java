package id.sigap.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Carries a whole {@link RetrievalResult} through LangChain4j's {@link Content} list and back, so that the
 * live path can retrieve through a {@code RetrievalAugmentor} without losing the decision: each content is
 * one hit (title and text, with id, source, score and rank), and each also holds the result's confidence,
 * verdict and reasons (LangChain4j has no place for values of the whole result).
 */
final class RetrievalContents {

    static final String CONFIDENCE = "confidence";
    static final String CONFIDENT = "confident";
    static final String REASONS = "reasons";
    static final String NORMALIZED = "normalized_question";
    static final String KB_VERSION = "kb_version";
    static final String LATENCY = "latency_micros";

    private RetrievalContents() {
    }

    static List<Content> of(RetrievalResult result) {
        List<Content> contents = new ArrayList<>(result.hits().size());
        for (RetrievalHit hit : result.hits()) {
            Metadata metadata = new Metadata().put(EntryContents.ENTRY_ID, hit.entryId())
                    .put(EntryContents.TITLE, hit.title()).put(EntryContents.RANK, hit.rank())
                    .put(CONFIDENCE, result.confidence()).put(CONFIDENT, Boolean.toString(result.confident()))
                    .put(REASONS, String.join(",", result.reasons())).put(NORMALIZED, result.normalizedQuestion())
                    .put(KB_VERSION, result.kbVersion() == null ? "" : result.kbVersion())
                    .put(LATENCY, result.latencyMicros());
            if (hit.sourceUrl() != null) {
                metadata.put(EntryContents.SOURCE, hit.sourceUrl());
            }
            contents.add(Content.from(TextSegment.from(hit.title() + "\n\n" + hit.text(), metadata),
                    Map.of(ContentMetadata.SCORE, hit.score(), ContentMetadata.EMBEDDING_ID, hit.entryId())));
        }
        return contents;
    }

    /**
     * The result the contents were made from. No contents: nothing was found ({@code no-match}), which is
     * also what retrieval returns for an empty knowledge base or a blank question.
     */
    static RetrievalResult result(String question, List<Content> contents, String kbVersion, long latencyMicros) {
        if (contents.isEmpty()) {
            return new RetrievalResult(question, IndonesianNormalizer.normalize(question), List.of(), 0, false,
                    List.of("no-match"), kbVersion, latencyMicros);
        }
        Metadata first = contents.getFirst().textSegment().metadata();
        List<RetrievalHit> hits = new ArrayList<>(contents.size());
        for (Content content : contents) {
            Metadata m = content.textSegment().metadata();
            String title = m.getString(EntryContents.TITLE);
            String text = content.textSegment().text().substring(title.length() + 2);
            Object score = content.metadata().get(ContentMetadata.SCORE);
            hits.add(new RetrievalHit(m.getString(EntryContents.ENTRY_ID), title, text, m.getString(EntryContents.SOURCE),
                    score instanceof Number n ? n.doubleValue() : 0, m.getInteger(EntryContents.RANK)));
        }
        String reasons = first.getString(REASONS);
        return new RetrievalResult(question, first.getString(NORMALIZED), hits, first.getDouble(CONFIDENCE),
                Boolean.parseBoolean(first.getString(CONFIDENT)),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")), first.getString(KB_VERSION),
                first.getLong(LATENCY));
    }
}
