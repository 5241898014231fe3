package id.sigap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** A fresh copy of the sample knowledge base, for tests whose editors change it. */
    public static Path copyOfSampleKnowledgeBase(String name) {
        Path target = fresh(name);
        Path source = Path.of("knowledge-base");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
