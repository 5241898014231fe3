package id.sigap.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.privacy.Redactor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds snapshots. Embeddings are remembered by text between builds, so that editing one entry
 * re-embeds that entry only; the memory keeps exactly the texts of the latest build.
 */
final class RetrievalIndexBuilder {

    private static final int BATCH = 64;

    private final EmbeddingModel model;
    private final RetrievalSettings settings;
    private final EmbeddingCache cache;
    /** Off when nothing asks the dense side (dense-weight 0 in the service): no entry is embedded, no model loads. */
    private final boolean embedEntries;
    private Map<String, float[]> remembered = new HashMap<>();
    /** The vectors on disk, by text key, until the first build has used them. */
    private Map<String, float[]> stored;
    private int lastEmbedded;

    RetrievalIndexBuilder(EmbeddingModel model, RetrievalSettings settings) {
        this(model, settings, EmbeddingCache.NONE);
    }

    RetrievalIndexBuilder(EmbeddingModel model, RetrievalSettings settings, EmbeddingCache cache) {
        this(model, settings, cache, true);
    }

    RetrievalIndexBuilder(EmbeddingModel model, RetrievalSettings settings, EmbeddingCache cache, boolean embedEntries) {
        this.model = model;
        this.settings = settings;
        this.cache = cache;
        this.embedEntries = embedEntries;
    }

    synchronized RetrievalIndex build(KnowledgeBase kb) {
        if (!embedEntries) {
            return RetrievalIndex.build(kb, EntryVectors.empty(), settings);
        }
        List<List<String>> textsPerEntry = new ArrayList<>();
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (KnowledgeEntry entry : kb.entries()) {
            List<String> texts = EntryVectors.textsOf(entry);
            textsPerEntry.add(texts);
            texts.stream().filter(t -> !remembered.containsKey(t)).forEach(missing::add);
        }
        Map<String, float[]> vectors = new HashMap<>();
        if (!missing.isEmpty() && cache.enabled()) {
            if (stored == null) {
                stored = cache.read();
            }
            for (var it = missing.iterator(); it.hasNext(); ) {
                String text = it.next();
                float[] v = stored.get(EmbeddingCache.key(text));
                if (v != null) {
                    vectors.put(text, v);
                    it.remove();
                }
            }
        }
        List<String> toEmbed = new ArrayList<>(missing);
        for (int from = 0; from < toEmbed.size(); from += BATCH) {
            List<String> batch = toEmbed.subList(from, Math.min(toEmbed.size(), from + BATCH));
            List<Embedding> embedded = model.embedAll(batch.stream()
                    .map(t -> TextSegment.from(settings.embedding().passagePrefix() + t)).toList()).content();
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i), EntryVectors.unit(embedded.get(i).vector()));
            }
        }
        int rows = textsPerEntry.stream().mapToInt(List::size).sum();
        int dimension = rows == 0 ? 0 : vectorOf(textsPerEntry.getFirst().getFirst(), vectors).length;
        float[] data = new float[rows * dimension];
        int[] owner = new int[rows];
        Map<String, float[]> keep = new HashMap<>();
        int row = 0;
        for (int e = 0; e < textsPerEntry.size(); e++) {
            for (String text : textsPerEntry.get(e)) {
                float[] v = vectorOf(text, vectors);
                System.arraycopy(v, 0, data, row * dimension, dimension);
                owner[row++] = e;
                keep.put(text, v);
            }
        }
        remembered = keep;
        lastEmbedded = toEmbed.size();
        if (cache.enabled() && !keep.isEmpty()) {
            Map<String, float[]> byKey = new HashMap<>();
            keep.forEach((text, v) -> byKey.put(EmbeddingCache.key(text), v));
            // Written when it would change: new vectors, or vectors of texts that are gone.
            if (stored == null || !byKey.keySet().equals(stored.keySet())) {
                cache.write(byKey);
            }
            stored = byKey;
        }
        return RetrievalIndex.build(kb, new EntryVectors(data, owner, dimension, kb.entries().size()), settings);
    }

    /** How many texts the last build had to embed (neither in memory nor in the disk cache). */
    synchronized int lastEmbedded() {
        return lastEmbedded;
    }

    private float[] vectorOf(String text, Map<String, float[]> fresh) {
        float[] v = fresh.get(text);
        return v != null ? v : remembered.get(text);
    }

    /** Personal data is taken out first: the model may be a remote server (provider {@code openai}). */
    float[] embedQuery(String normalizedQuestion) {
        String question = normalizedQuestion.isBlank() ? "?" : Redactor.redact(normalizedQuestion);
        return EntryVectors.unit(model.embed(settings.embedding().queryPrefix() + question).content().vector());
    }
}
