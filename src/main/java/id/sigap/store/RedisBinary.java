package id.sigap.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which redis-server the embedded store runs (docs/decisions/embedded-redis.md): the one named in
 * {@code SIGAP_REDIS_SERVER} (or {@code -Dsigap.redis-server}); else the machine's {@code redis-server}
 * on the PATH when it is 7 or newer, because the distribution patches it; else the 7.0.15 binary
 * shipped in the {@code org.signal:embedded-redis} jar, extracted into the owner-only data directory.
 *
 * @param path    the executable
 * @param version its version as it reports it ({@code 7.0.15})
 * @param origin  where it came from: {@code configured}, {@code machine} or {@code bundled}
 */
record RedisBinary(Path path, String version, String origin) {

    private static final Logger log = LoggerFactory.getLogger(RedisBinary.class);
    private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.(\\d+)\\.(\\d+)");
    static final String BUNDLED_VERSION = "7.0.15";
    private static volatile RedisBinary machine;
    private static volatile boolean machineLooked;

    int major() {
        Matcher m = Pattern.compile("^(\\d+)").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The binary to run for a server keeping its files in {@code dir} (the bundled one is extracted there). */
    static RedisBinary choose(Path dir) {
        String configured = System.getProperty("sigap.redis-server", System.getenv("SIGAP_REDIS_SERVER"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            String version = versionOf(path).orElseThrow(() -> new IllegalStateException(
                    "SIGAP_REDIS_SERVER=" + configured + " is not a runnable redis-server"));
            return new RedisBinary(path, version, "configured");
        }
        RedisBinary onPath = machineBinary();
        if (onPath != null) {
            return onPath;
        }
        return bundled(dir);
    }

    private static RedisBinary machineBinary() {
        if (!machineLooked) {
            synchronized (RedisBinary.class) {
                if (!machineLooked) {
                    machine = findOnPath().flatMap(path -> versionOf(path).map(v -> new RedisBinary(path, v, "machine")))
                            .filter(b -> b.major() >= 7)
                            .orElse(null);
                    machineLooked = true;
                }
            }
        }
        return machine;
    }

    private static Optional<Path> findOnPath() {
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String entry : pathVariable.split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path candidate = Path.of(entry, "redis-server");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<String> versionOf(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Matcher m = VERSION.matcher(output);
            return m.find() ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Extracts the bundled binary for this OS and architecture into {@code dir/bin}, once. */
    static RedisBinary bundled(Path dir) {
        String resource = "/redis-server-" + BUNDLED_VERSION + "-" + platform();
        Path target = dir.resolve("bin").resolve("redis-server-" + BUNDLED_VERSION);
        try (InputStream in = RedisBinary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No redis-server is bundled for " + platform()
                        + "; install redis-server 7 or newer, set SIGAP_REDIS_SERVER, or set REDIS_URL");
            }
            if (!Files.isExecutable(target)) {
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), "redis-server", ".part",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                try (var out = Files.newOutputStream(partial)) {
                    in.transferTo(out);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                log.info("Using the bundled redis-server {} (no redis-server 7 or newer on the PATH)", BUNDLED_VERSION);
            }
            return new RedisBinary(target, BUNDLED_VERSION, "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the bundled redis-server into " + target, e);
        }
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : "linux";
        String cpu = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> arch;
        };
        return system + "-" + cpu;
    }
}
