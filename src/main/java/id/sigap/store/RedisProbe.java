package id.sigap.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A few commands to a loopback redis-server over one short-lived socket: the readiness wait, the liveness
 * probe, SHUTDOWN and the check of a left-over server. Written here rather than through Lettuce because
 * these run before any client exists (or after it is gone) and must not start client thread pools; the
 * protocol subset needed (RESP2 replies) is a few lines.
 */
final class RedisProbe {

    private RedisProbe() {
    }

    /** A reply Redis sent as an error ({@code -ERR ...}). */
    static final class ErrorReply extends IOException {
        ErrorReply(String message) {
            super(message);
        }
    }

    /**
     * Authenticates with {@code password} (when not empty), sends {@code command} and returns its reply:
     * a String, a Long, a List of replies or null. SHUTDOWN returns null when the server closed the socket.
     */
    static Object call(int port, String password, Duration timeout, String... command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            if (password != null && !password.isEmpty()) {
                write(out, "AUTH", password);
                read(in);
            }
            write(out, command);
            if (command[0].equalsIgnoreCase("SHUTDOWN")) {
                // The server closes the connection when it exits; an error reply means it refused.
                int first = in.read();
                if (first == '-') {
                    throw new ErrorReply(line(in));
                }
                while (in.read() >= 0) {
                    // drain until the server is gone
                }
                return null;
            }
            return read(in);
        }
    }

    /** True when a server answers PING on {@code port} with this password within the timeout. */
    static boolean answers(int port, String password, Duration timeout) {
        try {
            return "PONG".equals(call(port, password, timeout, "PING"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(OutputStream out, String... parts) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        buffer.writeBytes(("*" + parts.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            buffer.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            buffer.writeBytes(bytes);
            buffer.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(buffer.toByteArray());
        out.flush();
    }

    private static Object read(InputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new IOException("connection closed");
        }
        String line = line(in);
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new ErrorReply(line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                yield new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(read(in));
                }
                yield items;
            }
            default -> throw new IOException("unexpected reply type " + (char) type);
        };
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\r') {
            line.write(b);
        }
        in.read(); // '\n'
        return line.toString(StandardCharsets.UTF_8);
    }
}
