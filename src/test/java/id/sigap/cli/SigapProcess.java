package id.sigap.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code id.sigap.cli.SigapMain} in a JVM of its own, as {@code java -jar sigap.jar} does, on the
 * main classes and dependencies (not the test classes, so no test configuration leaks in).
 */
final class SigapProcess {

    record Result(int status, String out, String err) {
    }

    private SigapProcess() {
    }

    static Result run(Path workingDir, String stdin, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", mainClassPath(), "id.sigap.cli.SigapMain"));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("sigap-out", ".txt");
            Path err = Files.createTempFile("sigap-err", ".txt");
            Path in = Files.writeString(Files.createTempFile("sigap-in", ".txt"), stdin, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("TELEGRAM_BOT_TOKEN");
            builder.environment().remove("REDIS_URL");
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("sigap " + String.join(" ", args) + " did not finish within " + timeout
                        + "; stderr: " + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Surefire's test class path without the test classes. */
    private static String mainClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
