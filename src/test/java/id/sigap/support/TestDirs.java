package id.sigap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh directories for tests that start Sigap (its embedded Redis keeps files there). */
public final class TestDirs {

    private TestDirs() {
    }

    public static Path fresh(String name) {
        try {
            Path dir = Files.createTempDirectory("sigap-" + name + "-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
