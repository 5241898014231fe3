package id.sigap.retrieval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Entry vectors kept on disk between runs, so that a restart does not embed the whole knowledge base
 * again (tens of seconds on a busy 2-core machine). One file per embedding model, named after a hash of
 * the model's id; inside, each vector is keyed by the SHA-256 of the exact text embedded. A text that
 * changed has another hash and is embedded afresh; a vector whose text is gone is not written back.
 *
 * <p>The cache is only ever a shortcut: a missing, truncated, corrupt or foreign file (checked by magic,
 * model id, dimension and a CRC32 of the content) reads as empty and the vectors are computed again, and a
 * failed write is logged and ignored. Files are written to a temporary name and moved into place, so a
 * crash mid-write leaves the previous file.
 */
final class EmbeddingCache {

    /** No cache: every build embeds what the in-memory memory of the last build lacks. */
    static final EmbeddingCache NONE = new EmbeddingCache(null, "none");

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x53475645; // "SGVE"
    private static final int FORMAT = 1;
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final String modelId;

    EmbeddingCache(Path directory, String modelId) {
        this.modelId = modelId;
        this.file = directory == null ? null : directory.resolve("vectors-" + hex(sha256(modelId)).substring(0, 16)
                + ".bin");
    }

    boolean enabled() {
        return file != null;
    }

    Path file() {
        return file;
    }

    /** The key of a text: its SHA-256, in hex. */
    static String key(String text) {
        return hex(sha256(text));
    }

    /** The stored vectors by text key; empty when there is no usable file. */
    Map<String, float[]> read() {
        if (file == null) {
            return Map.of();
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            CRC32 crc = new CRC32();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a Sigap vector cache");
            }
            String storedModel = in.readUTF();
            if (!storedModel.equals(modelId)) {
                throw new IOException("vectors of another model (" + storedModel + ")");
            }
            int dimension = in.readInt();
            int count = in.readInt();
            if (dimension <= 0 || dimension > 65_536 || count < 0 || count > 10_000_000) {
                throw new IOException("bad header");
            }
            Map<String, float[]> vectors = new HashMap<>(count * 2);
            byte[] hash = new byte[HASH_BYTES];
            for (int i = 0; i < count; i++) {
                in.readFully(hash);
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(hex(hash), v);
            }
            long expected = crc.getValue();
            // The checksum itself is read past the checked stream, so that it does not check itself.
            long stored = new DataInputStream(raw).readLong();
            if (stored != expected) {
                throw new IOException("checksum mismatch");
            }
            return vectors;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log.warn("Embedding cache {} unusable ({}); the vectors will be computed again", file, e.getMessage());
            return Map.of();
        }
    }

    /** Replaces the file with exactly these vectors (text key to unit vector); failures are only logged. */
    void write(Map<String, float[]> vectors) {
        if (file == null || vectors.isEmpty()) {
            return;
        }
        int dimension = vectors.values().iterator().next().length;
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeInt(dimension);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    if (e.getValue().length != dimension) {
                        throw new IOException("vectors of different dimensions");
                    }
                    out.write(HexFormat.of().parseHex(e.getKey()));
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
                out.flush();
                new DataOutputStream(raw).writeLong(crc.getValue());
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the embedding cache {}: {}", file, e.getMessage());
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do: the next build writes again.
            }
        }
    }

    /** An id naming the embedding model configured, so that vectors of different models never mix. */
    static String modelId(RetrievalSettings.Embedding config) {
        String provider = config.provider().toLowerCase(java.util.Locale.ROOT);
        // The same text embedded with another prefix is another vector.
        String prefix = config.passagePrefix().isEmpty() ? "" : "|passage-prefix:" + config.passagePrefix();
        return baseId(provider, config) + prefix;
    }

    private static String baseId(String provider, RetrievalSettings.Embedding config) {
        return switch (provider) {
            case "onnx" -> "onnx:" + describe(config.modelFile()) + "|" + describe(config.tokenizerFile()) + "|"
                    + config.pooling();
            case "openai" -> "openai:" + config.baseUrl() + "|" + config.modelName();
            default -> provider + ":" + dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel.class
                    .getName() + "@" + dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel.class
                    .getPackage().getImplementationVersion();
        };
    }

    private static String describe(Path file) {
        if (file == null) {
            return "";
        }
        try {
            return file.toAbsolutePath() + "@" + Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toAbsolutePath().toString();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
