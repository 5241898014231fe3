package id.sigap.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * An embedding model that loads in a background thread. Loading the in-process ONNX model costs a few
 * seconds of CPU, and with the vectors of the knowledge base cached on disk nothing needs it until the
 * first question: the load begins once the application is ready ({@link #startLoading()}, called then by
 * the configuration) or when something needs the model first (the first start of a new data directory
 * embeds the knowledge base while starting), so that on two cores it does not compete with the start
 * itself. The first call waits for the rest of the load, if any. A model that fails to load fails every
 * call with the cause.
 */
final class BackgroundEmbeddingModel implements EmbeddingModel {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbeddingModel.class);

    private final Supplier<EmbeddingModel> loader;
    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    BackgroundEmbeddingModel(Supplier<EmbeddingModel> loader) {
        this.loader = loader;
    }

    /** Begins the load in a thread of its own unless it has begun; returns at once. */
    void startLoading() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            long begun = System.nanoTime();
            try {
                model.complete(loader.get());
                log.info("Embedding model loaded in {} ms", (System.nanoTime() - begun) / 1_000_000);
            } catch (Throwable e) {
                model.completeExceptionally(e);
            }
        }, "sigap-embedding-model-load");
        thread.setDaemon(true);
        thread.start();
    }

    boolean loaded() {
        return model.isDone();
    }

    private EmbeddingModel model() {
        startLoading();
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
