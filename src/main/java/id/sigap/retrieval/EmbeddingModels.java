package id.sigap.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;

/** Builds the embedding model the operator configured. */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    public static EmbeddingModel create(RetrievalSettings.Embedding config) {
        return switch (config.provider().toLowerCase(Locale.ROOT)) {
            case "all-minilm-l6-v2", "default" -> InProcessOnnxModel.miniLm();
            case "onnx" -> onnx(config);
            case "openai" -> openAi(config);
            default -> throw new IllegalArgumentException("sigap.retrieval.embedding.provider must be "
                    + "all-minilm-l6-v2, onnx or openai, not '" + config.provider() + "'");
        };
    }

    /**
     * The model, loading in the background when it is an in-process one (the configuration is still
     * checked at once, so that a wrong setting stops the start with its reason). The load begins when
     * something first needs the model or when {@link BackgroundEmbeddingModel#startLoading()} is called.
     */
    public static EmbeddingModel createInBackground(RetrievalSettings.Embedding config) {
        String provider = config.provider().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case "all-minilm-l6-v2", "default" -> new BackgroundEmbeddingModel(InProcessOnnxModel::miniLm);
            case "onnx" -> {
                checkOnnxFiles(config);
                yield new BackgroundEmbeddingModel(() -> onnx(config));
            }
            default -> create(config);
        };
    }

    private static void checkOnnxFiles(RetrievalSettings.Embedding config) {
        if (config.modelFile() == null || config.tokenizerFile() == null
                || !Files.isRegularFile(config.modelFile()) || !Files.isRegularFile(config.tokenizerFile())) {
            throw new IllegalArgumentException("sigap.retrieval.embedding.model-file and tokenizer-file must name "
                    + "an existing model.onnx and tokenizer.json");
        }
    }

    private static EmbeddingModel onnx(RetrievalSettings.Embedding config) {
        checkOnnxFiles(config);
        PoolingMode pooling = PoolingMode.valueOf(config.pooling().toUpperCase(Locale.ROOT));
        return InProcessOnnxModel.fromFiles(config.modelFile(), config.tokenizerFile(), pooling);
    }

    private static EmbeddingModel openAi(RetrievalSettings.Embedding config) {
        if (config.apiKey() == null || config.apiKey().isBlank()) {
            throw new IllegalArgumentException("sigap.retrieval.embedding.api-key (or OPENAI_API_KEY) is needed for "
                    + "the openai embedding provider");
        }
        return OpenAiEmbeddingModel.builder()
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey())
                .modelName(config.modelName())
                .timeout(Duration.ofSeconds(10))
                .build();
    }
}
