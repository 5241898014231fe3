package id.sigap.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Starts the service in a second JVM that can use the JDK's ahead-of-time class cache (JEP 483/514/515),
 * which {@code java -jar sigap.jar} alone cannot: the cache needs options on the command line and classes on
 * the plain class path, not in Spring Boot's nested jars. docs/decisions/startup-launcher.md says why and what
 * it gains.
 *
 * <p>The first start of a given jar extracts it (Spring Boot's {@code -Djarmode=tools extract}) into a cache
 * directory named after a hash of the jar's central directory (every entry's name, size and CRC, so a rebuilt
 * jar gets a new directory) and of the JDK, and runs the service with {@code -XX:AOTCacheOutput}: the JVM
 * records which classes it loads and writes the cache when it exits. Later starts run with
 * {@code -XX:AOTCache}. The parent forwards SIGTERM/SIGINT (its shutdown hook stops the child the same way
 * and waits for it), exits with the child's status, and the child stops itself when the parent disappears
 * (a {@code kill -9} of the parent). {@code SIGAP_LAUNCHER=off} (or {@code -Dsigap.launcher=off}) runs the
 * service in this JVM as before; so does any failure to prepare the cache (one line on stderr says why).
 */
final class StartupLauncher {

    static final String PARENT_PROPERTY = "sigap.launcher.parent";
    private static final String START_CLASS = "id.sigap.cli.SigapMain";
    private static final String CACHE_FILE = "sigap.aot";
    private static final String APPLICATION_JAR = "application.jar";

    private StartupLauncher() {
    }

    /**
     * In a child this launcher started: watches the parent and returns. In a {@code java -jar} parent on a
     * JDK 25 or newer: runs the service as a child and exits with its status (never returns). Anywhere else,
     * or switched off, or when the cache cannot be prepared: returns, and the caller runs the service here.
     */
    static void relaunchIfUseful(String[] args) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent != null) {
            stopWhenParentExits(parent);
            return;
        }
        if (switchedOff() || Runtime.version().feature() < 25) {
            return;
        }
        Optional<Path> jar = fatJar();
        if (jar.isEmpty()) {
            return;
        }
        Optional<List<String>> jvmOptions = jvmOptions();
        if (jvmOptions.isEmpty()) {
            return;
        }
        Prepared prepared;
        try {
            prepared = prepare(jar.get(), cacheRoot());
        } catch (IOException | RuntimeException e) {
            System.err.println("Sigap: starting without the start-up cache (" + e.getMessage() + ")");
            return;
        }
        System.exit(run(prepared, jvmOptions.get(), args));
    }

    static boolean switchedOff() {
        String value = System.getProperty("sigap.launcher", System.getenv("SIGAP_LAUNCHER"));
        return value != null && List.of("off", "false", "0", "no").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** The jar this JVM was started with by {@code java -jar}, when it is Sigap's Spring Boot jar. */
    private static Optional<Path> fatJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            if (manifest != null && START_CLASS.equals(manifest.getMainAttributes().getValue("Start-Class"))) {
                return Optional.of(jar);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The options given to this JVM on its command line (before {@code -jar}), to give the child too. */
    private static Optional<List<String>> jvmOptions() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (String argument : arguments.get()) {
            if (argument.equals("-jar")) {
                return Optional.of(options);
            }
            options.add(argument);
        }
        return Optional.empty();
    }

    static Path cacheRoot() {
        String configured = System.getenv("SIGAP_LAUNCH_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("sigap").resolve("launch");
    }

    /** The extracted jar of one key, its cache file, and the locks this process holds on them. */
    record Prepared(Path directory, Path applicationJar, Path cache, boolean cacheExists, FileLock inUse,
                    FileLock training) {
    }

    static Prepared prepare(Path jar, Path root) throws IOException {
        Path directory = root.resolve(key(jar));
        Files.createDirectories(directory);
        FileLock inUse = lock(directory.resolve("in-use.lock"), true, false);
        removeUnused(root, directory);
        Path application = directory.resolve("app");
        Path applicationJar = application.resolve(APPLICATION_JAR);
        if (!Files.isRegularFile(applicationJar)) {
            extract(jar, directory, application);
        }
        Path cache = directory.resolve(CACHE_FILE);
        boolean exists = Files.isRegularFile(cache) && Files.size(cache) > 0;
        FileLock training = exists ? null : lock(directory.resolve("training.lock"), false, true);
        return new Prepared(directory, applicationJar, cache, exists, inUse, training);
    }

    /** SHA-256 of the jar's central directory (names, sizes and CRCs of every entry) and of the JDK. */
    static String key(Path jar) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(jar.toFile(), "r")) {
            long length = file.length();
            int tail = (int) Math.min(length, 65_557);
            byte[] end = new byte[tail];
            file.seek(length - tail);
            file.readFully(end);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end[i] == 0x50 && end[i + 1] == 0x4b && end[i + 2] == 0x05 && end[i + 3] == 0x06) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new IOException(jar.getFileName() + " has no zip end record");
            }
            ByteBuffer record = ByteBuffer.wrap(end, eocd, 22).order(ByteOrder.LITTLE_ENDIAN);
            long size = Integer.toUnsignedLong(record.getInt(eocd + 12));
            long offset = Integer.toUnsignedLong(record.getInt(eocd + 16));
            if (size > 64L * 1024 * 1024 || offset + size > length) {
                throw new IOException(jar.getFileName() + " has an unexpected central directory");
            }
            byte[] directory = new byte[(int) size];
            file.seek(offset);
            file.readFully(directory);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(directory);
            digest.update((System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileLock lock(Path file, boolean shared, boolean tryOnly) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock = tryOnly ? channel.tryLock(0, Long.MAX_VALUE, shared) : channel.lock(0, Long.MAX_VALUE, shared);
        if (lock == null) {
            channel.close();
        }
        return lock;
    }

    /** Deletes the directories of other jars that no running Sigap uses (each holds a shared lock on its own). */
    private static void removeUnused(Path root, Path keep) {
        try (Stream<Path> directories = Files.list(root)) {
            for (Path other : directories.filter(Files::isDirectory).filter(p -> !p.equals(keep)).toList()) {
                Path lockFile = other.resolve("in-use.lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        deleteTree(other);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // in use, or not ours to delete: left for a later start
                }
            }
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private static void extract(Path jar, Path directory, Path application) throws IOException {
        Path temporary = Files.createTempDirectory(directory, "extract-");
        try {
            Process extract = new ProcessBuilder(javaCommand(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--destination", temporary.toString(), "--force")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (extract.waitFor() != 0) {
                throw new IOException("extracting the jar failed with status " + extract.exitValue());
            }
            // the tool names the application jar after the original; a fixed name serves copies under any name
            Files.move(temporary.resolve(jar.getFileName().toString()), temporary.resolve(APPLICATION_JAR));
            try {
                Files.move(temporary, application, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another start extracted the same jar at the same time: use its copy
            } catch (IOException e) {
                if (!Files.isDirectory(application)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting the jar", e);
        } finally {
            if (Files.exists(temporary)) {
                deleteTree(temporary);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a later start tries again
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The child's command line: the parent's options, the cache option, the extracted jar, the arguments. */
    static List<String> command(String java, Prepared prepared, List<String> jvmOptions, long parentPid, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("--enable-native-access=ALL-UNNAMED");
        if (prepared.cacheExists()) {
            command.add("-XX:AOTCache=" + prepared.cache());
        } else if (prepared.training() != null) {
            command.add("-XX:AOTMode=record");
            command.add("-XX:AOTConfiguration=" + configuration(prepared));
        }
        // the JVM's notes on classes it leaves out of the cache are not for operators
        command.add("-Xlog:aot=off");
        command.add("-D" + PARENT_PROPERTY + "=" + parentPid);
        command.add("-jar");
        command.add(prepared.applicationJar().toString());
        command.addAll(List.of(args));
        return command;
    }

    private static Path configuration(Prepared prepared) {
        return prepared.directory().resolve("sigap.aotconf");
    }

    private static int run(Prepared prepared, List<String> jvmOptions, String[] args) {
        Process child;
        try {
            child = new ProcessBuilder(command(javaCommand(), prepared, jvmOptions, ProcessHandle.current().pid(), args))
                    .inheritIO()
                    .start();
        } catch (IOException e) {
            System.err.println("Sigap: could not start the service JVM (" + e.getMessage() + ")");
            return 1;
        }
        // SIGTERM, SIGINT or System.exit here: stop the child the same way and wait for its orderly shutdown;
        // after a recording run, write the cache from what it recorded
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
            int status = waitFor(child);
            if (prepared.training() != null) {
                writeCache(prepared, jvmOptions);
            }
            Runtime.getRuntime().halt(status);
        }, "sigap-launcher-stop"));
        return waitFor(child);
    }

    /** The JVM's create step, quietly, into a temporary file that becomes the cache only when complete. */
    private static void writeCache(Prepared prepared, List<String> jvmOptions) {
        Path configuration = configuration(prepared);
        if (!Files.isRegularFile(configuration)) {
            return;
        }
        Path temporary = prepared.directory().resolve(CACHE_FILE + ".tmp");
        try {
            List<String> command = new ArrayList<>();
            command.add(javaCommand());
            command.addAll(jvmOptions);
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-XX:AOTMode=create",
                    "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + temporary,
                    "-cp", prepared.applicationJar().toString()));
            Process create = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (waitFor(create) == 0 && Files.isRegularFile(temporary)) {
                Files.move(temporary, prepared.cache(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Sigap: the start-up cache was not written (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(configuration);
            } catch (IOException ignored) {
                // a later recording run replaces them
            }
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when it is done
            }
        }
    }

    private static void stopWhenParentExits(String parentPid) {
        try {
            ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(143)),
                    () -> System.exit(143));
        } catch (NumberFormatException ignored) {
            // not started by the launcher after all
        }
    }
}
