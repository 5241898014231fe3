package id.sigap.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real redis-server process (shipped inside the embedded-redis jar) with its files under the data
 * directory, append-only persistence on, bound to loopback. Used when no {@code REDIS_URL} is given,
 * so a new user needs nothing installed.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;
    private final Path dir;

    private EmbeddedRedis(RedisServer server, int port, Path dir) {
        this.server = server;
        this.port = port;
        this.dir = dir;
    }

    /** Starts a server on {@code port} (0: a free one) keeping its files in {@code dir}. */
    public static EmbeddedRedis start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            int chosen = port > 0 ? port : freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(chosen)
                    .setting("dir " + dir.toAbsolutePath())
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("save 60 1")
                    .setting("maxmemory-policy noeviction")
                    .setting("protected-mode yes")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            log.info("Embedded Redis listening on 127.0.0.1:{} with its files in {}", chosen, dir.toAbsolutePath());
            return new EmbeddedRedis(server, chosen, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis in " + dir, e);
        }
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public boolean isActive() {
        return server.isActive();
    }

    @Override
    public void close() {
        shutdownCleanly();
        try {
            server.stop();
            log.info("Embedded Redis on port {} stopped", port);
        } catch (IOException e) {
            log.warn("Embedded Redis on port {} did not stop cleanly: {}", port, e.getMessage());
        }
    }

    /**
     * Asks the server to SHUTDOWN, which writes and syncs the append-only file before exiting; the
     * library's own stop kills the process, which can lose the last second of writes.
     */
    private void shutdownCleanly() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("SHUTDOWN\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The server closes the connection when it exits.
            while (socket.getInputStream().read() >= 0) {
                // drain
            }
        } catch (IOException e) {
            log.debug("Embedded Redis on port {} did not take SHUTDOWN: {}", port, e.toString());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
