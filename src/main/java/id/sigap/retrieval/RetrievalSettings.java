package id.sigap.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The retrieval feature's configuration ({@code sigap.retrieval.*}); see docs/retrieval.md.
 *
 * @param minConfidence  below this calibrated confidence the decision is a handoff
 * @param maxResults     hits returned per question
 * @param candidates     candidates taken from each retriever before fusion
 * @param rrfK           the k of reciprocal-rank fusion
 * @param bm25Weight     weight of the BM25 ranking in the fusion
 * @param denseWeight    weight of the embedding ranking in the fusion
 * @param ambiguityRatio a second entry on another topic scoring at least this share of the first makes
 *                       the result ambiguous
 * @param questionsBoost BM25 boost of the {@code questions:} phrasings
 * @param titleBoost     BM25 boost of the title
 * @param bodyBoost      BM25 boost of the body
 * @param embedding      which embedding model to use
 * @param embeddingCacheDir where entry vectors are kept between runs ({@code SIGAP_DATA_DIR/embeddings} by
 *                       default); unset: no disk cache
 */
@ConfigurationProperties("sigap.retrieval")
public record RetrievalSettings(Double minConfidence, Integer maxResults, Integer candidates, Double rrfK,
                                Double bm25Weight, Double denseWeight, Double ambiguityRatio,
                                Double questionsBoost, Double titleBoost, Double bodyBoost, Embedding embedding,
                                Path embeddingCacheDir) {

    public RetrievalSettings {
        // The held-out rule (eval --ablation: the lowest threshold with at most 4 % wrong answers) chose 0.725-0.775
        // across the splits; 0.75, because 0.775 lost several right direct answers per wrong one (docs/retrieval.md).
        minConfidence = or(minConfidence, 0.75);
        maxResults = maxResults == null ? 5 : maxResults;
        candidates = candidates == null ? 20 : candidates;
        rrfK = or(rrfK, 5.0);
        bm25Weight = or(bm25Weight, 1.0);
        // Off since 2026-12-01: held out it paid a few questions on two sets, none on the third, and cost nearly
        // all of the latency (docs/retrieval.md); 0.15 with the dense constants is the former pipeline.
        denseWeight = or(denseWeight, 0.0);
        ambiguityRatio = or(ambiguityRatio, 0.97);
        questionsBoost = or(questionsBoost, 1.0);
        titleBoost = or(titleBoost, 0.75);
        bodyBoost = or(bodyBoost, 2.0);
        embedding = embedding == null ? new Embedding(null, null, null, null, null, null, null, null, null) : embedding;
    }

    /** Whether the embedding (dense) side takes part: a weight above 0 (off by default, docs/retrieval.md). */
    public boolean usesDense() {
        return denseWeight > 0;
    }

    /** The defaults, for the command line and tests. */
    public static RetrievalSettings defaults() {
        return new RetrievalSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public RetrievalSettings withMinConfidence(double value) {
        return new RetrievalSettings(value, maxResults, candidates, rrfK, bm25Weight, denseWeight, ambiguityRatio,
                questionsBoost, titleBoost, bodyBoost, embedding, embeddingCacheDir);
    }

    public RetrievalSettings withDenseWeight(double value) {
        return new RetrievalSettings(minConfidence, maxResults, candidates, rrfK, bm25Weight, value, ambiguityRatio,
                questionsBoost, titleBoost, bodyBoost, embedding, embeddingCacheDir);
    }

    public RetrievalSettings withAmbiguityRatio(double value) {
        return new RetrievalSettings(minConfidence, maxResults, candidates, rrfK, bm25Weight, denseWeight, value,
                questionsBoost, titleBoost, bodyBoost, embedding, embeddingCacheDir);
    }

    private static Double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    /**
     * The embedding model.
     *
     * @param provider  {@code all-minilm-l6-v2} (in-process, the default), {@code onnx} (a model file of
     *                  the operator's choice) or {@code openai} (any OpenAI-compatible embeddings endpoint)
     * @param modelFile for {@code onnx}: the {@code model.onnx} file
     * @param tokenizerFile for {@code onnx}: its {@code tokenizer.json}
     * @param pooling   for {@code onnx}: {@code mean} or {@code cls}
     * @param baseUrl   for {@code openai}: the server's base URL (defaults to {@code sigap.openai.base-url})
     * @param apiKey    for {@code openai}: the key (defaults to {@code sigap.openai.api-key})
     * @param modelName for {@code openai}: the embedding model's name
     * @param queryPrefix   put before each question embedded, for models trained with one (the e5 family:
     *                      {@code "query: "}); empty by default
     * @param passagePrefix put before each entry text embedded (e5: {@code "passage: "}); empty by default
     */
    public record Embedding(String provider, Path modelFile, Path tokenizerFile, String pooling, String baseUrl,
                            String apiKey, String modelName, String queryPrefix, String passagePrefix) {

        public Embedding {
            queryPrefix = queryPrefix == null ? "" : queryPrefix;
            passagePrefix = passagePrefix == null ? "" : passagePrefix;
            provider = provider == null || provider.isBlank() ? "all-minilm-l6-v2" : provider.strip();
            pooling = pooling == null || pooling.isBlank() ? "mean" : pooling.strip();
            modelName = modelName == null || modelName.isBlank() ? "text-embedding-3-small" : modelName.strip();
        }
    }
}
