package id.sigap.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files the office edits without touching Java (texts, prompts, word lists): read from the prompts directory,
 * with the copies packaged in the jar under {@code /prompts/} as the fallback when the office has none.
 */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    /** The prompts directory: {@code SIGAP_PROMPTS_DIR}, default {@code ./prompts}. */
    public static Path promptsDirectory() {
        String prompts = System.getenv("SIGAP_PROMPTS_DIR");
        return Path.of(prompts == null || prompts.isBlank() ? "prompts" : prompts);
    }

    /** The office's copy of {@code name} in {@code dir}, else the packaged one; empty when neither exists. */
    public static Optional<String> read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            try (InputStream in = OfficeFiles.class.getResourceAsStream("/prompts/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
