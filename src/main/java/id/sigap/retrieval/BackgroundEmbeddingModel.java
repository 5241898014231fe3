package id.sigap.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An embedding model that loads in a background thread. Loading the in-process ONNX model takes seconds
 * on a busy machine, and with the vectors of the knowledge base cached on disk nothing needs it until
 * the first question: the application finishes starting meanwhile, and the first call waits for the
 * rest of the load, if any. A model that fails to load fails every call with the cause.
 */
final class BackgroundEmbeddingModel implements EmbeddingModel {

    private final CompletableFuture<EmbeddingModel> model;

    BackgroundEmbeddingModel(Supplier<EmbeddingModel> loader) {
        this.model = CompletableFuture.supplyAsync(loader, runnable -> {
            Thread thread = new Thread(runnable, "sigap-embedding-model-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public Response<Embedding> embed(String text) {
        return model().embed(text);
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return model().embed(segment);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model().embedAll(segments);
    }

    @Override
    public int dimension() {
        return model().dimension();
    }

    @Override
    public String modelName() {
        return model().modelName();
    }
}
