package id.sigap.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real redis-server process with its files under the data directory, append-only persistence on,
 * bound to loopback. Used when no {@code REDIS_URL} is given, so a new user needs nothing installed.
 * <ul>
 *   <li>One server per directory: the directory is locked ({@link RedisDirectoryLock}) for as long as the
 *       server runs; a second start on it fails with {@link DirectoryInUse}, which names the running owner so
 *       that a short-lived process (the {@code chat} verb) can connect to it instead.</li>
 *   <li>Owner-only: the directory is 0700 and the server runs with umask 077, so its files are 0600; the
 *       service's server also requires a random password, kept in the owner file and a 0600 config file (not
 *       on the command line, where other users could read it).</li>
 *   <li>The server leaves with the application: it is in its own session (Ctrl-C in a terminal reaches the
 *       JVM, which shuts down in order, not the server first), it is stopped by SHUTDOWN (which syncs the
 *       append-only file), and a server left running by a killed owner is stopped by the next owner.</li>
 * </ul>
 * Which binary runs: {@link RedisBinary}.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final String OWNER_ONLY_DIR = "rwx------";
    private static final String OWNER_ONLY_FILE = "rw-------";

    private final Process process;
    private final int port;
    private final Path dir;
    private final String password;
    private final RedisBinary binary;
    private final RedisDirectoryLock lock;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Duration waitForOwnerAtExit = Duration.ZERO;
    private final Thread exitHook = Thread.ofPlatform().name("embedded-redis-exit").unstarted(this::atExit);

    private EmbeddedRedis(Process process, int port, Path dir, String password, RedisBinary binary,
                          RedisDirectoryLock lock) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.password = password;
        this.binary = binary;
        this.lock = lock;
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /** Starts a server without a password on {@code port} (0: a free one) keeping its files in {@code dir}: for tests. */
    public static EmbeddedRedis start(Path dir, int port) {
        return start(dir, port, false);
    }

    /** Starts a server that requires a fresh random password ({@link #password()}): what the service runs. */
    public static EmbeddedRedis startWithPassword(Path dir, int port) {
        return start(dir, port, true);
    }

    private static EmbeddedRedis start(Path dir, int port, boolean withPassword) {
        ownerOnlyDirectory(dir);
        RedisDirectoryLock lock = RedisDirectoryLock.tryTake(dir)
                .orElseThrow(() -> new DirectoryInUse(dir, RedisDirectoryLock.readOwner(dir)));
        try {
            lock.previous().ifPresent(left -> stopLeftOver(left, dir));
            RedisBinary binary = RedisBinary.choose(dir);
            int chosen = port > 0 ? port : freePort();
            String password = withPassword ? randomPassword() : "";
            Process process = launch(binary, writeConfig(dir, chosen, password), dir);
            awaitReady(process, chosen, password, dir);
            lock.record(new RedisOwner(ProcessHandle.current().pid(), process.pid(), chosen, password, binary.version()));
            ownerOnlyContents(dir);
            log.info("Embedded Redis {} ({}) listening on 127.0.0.1:{}{}, files in {}", binary.version(),
                    binary.origin(), chosen, withPassword ? " (password required)" : "", dir.toAbsolutePath());
            return new EmbeddedRedis(process, chosen, dir, password, binary, lock);
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("Could not start the embedded Redis in " + dir, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The owner of {@code dir} when another process (or another owner in this one) runs a server there that
     * answers; waits up to {@code within} for an owner that is still starting.
     */
    public static Optional<RedisOwner> runningIn(Path dir, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            Optional<RedisOwner> owner = RedisDirectoryLock.readOwner(dir);
            if (owner.isPresent() && RedisProbe.answers(owner.get().port(), owner.get().password(), Duration.ofSeconds(1))) {
                return owner;
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    /** The {@code requirepass} of this server; empty when it runs without one. */
    public String password() {
        return password;
    }

    /** The redis-server version that runs, e.g. {@code 7.0.15}. */
    public String version() {
        return binary.version();
    }

    public boolean isActive() {
        return !stopped.get() && process.isAlive();
    }

    /** True when the server process runs and answers PING within a second (the liveness probe). */
    public boolean answers() {
        return isActive() && RedisProbe.answers(port, password, Duration.ofSeconds(1));
    }

    /**
     * Marks this server as stopped by the application context: at JVM exit it is left to the context's own
     * ordered shutdown for up to {@code grace} before it is stopped anyway.
     */
    public EmbeddedRedis closedByApplication(Duration grace) {
        this.waitForOwnerAtExit = grace;
        return this;
    }

    /**
     * Asks the server to SHUTDOWN, which writes and syncs the append-only file before exiting, waits for the
     * process, and gives the directory up. Killing the process instead could lose the last second of writes.
     */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            RedisProbe.call(port, password, Duration.ofSeconds(10), "SHUTDOWN");
        } catch (IOException e) {
            log.debug("Embedded Redis on port {} did not take SHUTDOWN: {}", port, e.toString());
        }
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                log.warn("Embedded Redis on port {} did not stop within 15 s; terminating it", port);
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            lock.close();
            closed.countDown();
            forgetExitHook();
        }
        log.info("Embedded Redis on port {} stopped", port);
    }

    /** Leaves the server running and the directory unlocked, as a killed JVM does (tests only). */
    void abandonForTest() {
        stopped.set(true);
        lock.abandon();
        closed.countDown();
    }

    public long serverPid() {
        return process.pid();
    }

    private void forgetExitHook() {
        if (Thread.currentThread() != exitHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException exiting) {
                // the JVM is already exiting: the hook finds this server closed
            }
        }
    }

    private void atExit() {
        try {
            if (!closed.await(waitForOwnerAtExit.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    private static Path writeConfig(Path dir, int port, String password) throws IOException {
        Path config = dir.resolve("redis.conf");
        List<String> lines = new java.util.ArrayList<>(List.of(
                "# Written by Sigap at each start; changes here are overwritten.",
                "bind 127.0.0.1",
                "port " + port,
                "protected-mode yes",
                "daemonize no",
                "dir \"" + dir.toAbsolutePath() + "\"",
                "appendonly yes",
                "appendfsync everysec",
                "save 60 1",
                "maxmemory-policy noeviction"));
        if (!password.isEmpty()) {
            lines.add("requirepass " + password);
        }
        Files.deleteIfExists(config);
        Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
        Files.write(config, lines, StandardCharsets.UTF_8);
        return config;
    }

    /**
     * Runs the server with umask 077 (so every file it writes is owner-only) and, where {@code setsid} exists,
     * in its own session (so a terminal's Ctrl-C reaches only the JVM, which stops the server last).
     */
    private static Process launch(RedisBinary binary, Path config, Path dir) throws IOException {
        Path output = dir.resolve("redis.log");
        if (!Files.exists(output)) {
            Files.createFile(output, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
        }
        List<String> command;
        if (Files.isExecutable(Path.of("/bin/sh"))) {
            String session = onPath("setsid") ? "setsid " : "";
            command = List.of("/bin/sh", "-c", "umask 077 && exec " + session + "\"$0\" \"$1\"",
                    binary.path().toString(), config.toString());
        } else {
            command = List.of(binary.path().toString(), config.toString());
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    private static void awaitReady(Process process, int port, String password, Path dir) throws IOException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (RedisProbe.answers(port, password, Duration.ofMillis(500))) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException("redis-server exited at start: " + lastLines(dir.resolve("redis.log")));
            }
            sleep(20);
        }
        process.destroyForcibly();
        throw new IOException("redis-server did not answer within " + READY_WITHIN.toSeconds() + " s: "
                + lastLines(dir.resolve("redis.log")));
    }

    /**
     * Stops a server that the previous owner of this directory left running (it was killed before it could
     * stop it); only a server that answers with the recorded password and keeps its files here is touched.
     */
    private static void stopLeftOver(RedisOwner left, Path dir) {
        try {
            Object reply = RedisProbe.call(left.port(), left.password(), Duration.ofSeconds(2), "CONFIG", "GET", "dir");
            if (!(reply instanceof List<?> pair) || pair.size() != 2
                    || !Path.of(String.valueOf(pair.get(1))).toRealPath().equals(dir.toRealPath())) {
                return;
            }
            log.warn("A redis-server (pid {}) left running by a Sigap process that ended without stopping it "
                    + "still serves {}; stopping it before starting a new one", left.serverPid(), dir);
            RedisProbe.call(left.port(), left.password(), Duration.ofSeconds(10), "SHUTDOWN");
            Optional<ProcessHandle> server = ProcessHandle.of(left.serverPid());
            if (server.isPresent()) {
                server.get().onExit().get(15, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            log.debug("No server left by the previous owner of {} answers: {}", dir, e.toString());
        } catch (Exception e) {
            throw new IllegalStateException("A redis-server left running on " + dir + " (pid " + left.serverPid()
                    + ") did not stop; stop it before starting Sigap", e);
        }
    }

    private static void ownerOnlyDirectory(Path dir) {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_DIR)));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(OWNER_ONLY_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded Redis directory " + dir, e);
        }
    }

    /** Files written before umask 077 was used (older Sigap versions) become owner-only too. */
    private static void ownerOnlyContents(Path dir) {
        try (Stream<Path> paths = Files.walk(dir, 2)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? OWNER_ONLY_DIR : Files.isExecutable(path) ? OWNER_ONLY_DIR : OWNER_ONLY_FILE));
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not make every file under {} owner-only: {}", dir, e.toString());
        }
    }

    private static String randomPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(entry -> !entry.isBlank() && Files.isExecutable(Path.of(entry, program)));
    }

    private static String lastLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Another process (or another owner in this one) already runs a redis-server on this directory. */
    public static final class DirectoryInUse extends IllegalStateException {

        private final transient Optional<RedisOwner> owner;

        DirectoryInUse(Path dir, Optional<RedisOwner> owner) {
            super("The data directory " + dir.toAbsolutePath() + " is in use by another Sigap process"
                    + owner.map(o -> " (pid " + o.ownerPid() + ")").orElse("")
                    + ": only one redis-server may keep its files there. Stop that process, or give this one another "
                    + "SIGAP_DATA_DIR, or point both at one Redis with REDIS_URL.");
            this.owner = owner;
        }

        public Optional<RedisOwner> owner() {
            return owner;
        }
    }
}
