package id.sigap.cli;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers every text it embedded, for the held-out evaluation, which asks the same questions many times
 * (once a fold and a stage). Latency measured through it after the first pass means nothing, and is not
 * reported.
 */
final class RememberingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final Map<String, Embedding> seen = new HashMap<>();
    private volatile boolean fresh;

    RememberingEmbeddingModel(EmbeddingModel model) {
        this.model = model;
    }

    /** While on, every text is embedded again (nothing is looked up or remembered): for timing a pass. */
    void fresh(boolean on) {
        fresh = on;
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (fresh) {
            return model.embedAll(segments);
        }
        List<TextSegment> missing = segments.stream().filter(s -> !seen.containsKey(s.text())).distinct().toList();
        if (!missing.isEmpty()) {
            List<Embedding> computed = model.embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                seen.put(missing.get(i).text(), computed.get(i));
            }
        }
        List<Embedding> out = new ArrayList<>(segments.size());
        segments.forEach(s -> out.add(seen.get(s.text())));
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
