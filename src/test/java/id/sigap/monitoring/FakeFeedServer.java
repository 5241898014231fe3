package id.sigap.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * News feeds on loopback for monitoring tests: well-behaved RSS and Atom feeds with ETags, and the bad
 * ones a real poller meets: a server error, a slow server, a body that never ends, a redirect loop, a
 * document that is not a feed, an oversize feed, an enormous item.
 */
final class FakeFeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> feeds = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

    FakeFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code body} at {@code path} with an ETag of its hash. */
    void feed(String path, String body) {
        feeds.put(path, body);
    }

    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    int notModified(String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            switch (path) {
                case "/rusak" -> send(exchange, 500, "text/plain", "server error".getBytes(StandardCharsets.UTF_8));
                case "/lambat" -> {
                    sleep(5000);
                    send(exchange, 200, "application/rss+xml", rss("Lambat", List.of()).getBytes(StandardCharsets.UTF_8));
                }
                case "/menetes" -> { // headers at once, then a body that trickles and never ends
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 100; i++) {
                        out.write(' ');
                        out.flush();
                        sleep(200);
                    }
                }
                case "/putar" -> { // redirects forever, to a new address each time
                    String next = "/putar?n=" + requests(path);
                    exchange.getResponseHeaders().add("Location", next);
                    send(exchange, 302, "text/plain", new byte[0]);
                }
                case "/lompat" -> {
                    exchange.getResponseHeaders().add("Location", "/berita");
                    send(exchange, 301, "text/plain", new byte[0]);
                }
                case "/file" -> {
                    exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
                    send(exchange, 302, "text/plain", new byte[0]);
                }
                default -> serveFeed(exchange, path);
            }
        } catch (IOException e) {
            // the client hung up (timeouts): fine
        }
    }

    private void serveFeed(HttpExchange exchange, String path) throws IOException {
        String body = feeds.get(path);
        if (body == null) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().add("ETag", etag);
        send(exchange, 200, "application/xml; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One news item of a fake feed. */
    record Entry(String title, String description, String link, Instant published) {
    }

    static String rss(String title, List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>http://example.invalid/</link><description>x</description>\n");
        for (Entry e : entries) {
            xml.append("<item><title>").append(escape(e.title())).append("</title><link>").append(escape(e.link()))
                    .append("</link><description>").append(escape(e.description())).append("</description><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published().atZone(ZoneOffset.UTC)))
                    .append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    static String atom(String title, List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(title).append("</title><id>urn:x</id><updated>2026-11-30T00:00:00Z</updated>\n");
        for (Entry e : entries) {
            xml.append("<entry><title>").append(escape(e.title())).append("</title><id>").append(escape(e.link()))
                    .append("</id><link href=\"").append(escape(e.link())).append("\"/><updated>")
                    .append(e.published()).append("</updated><summary>").append(escape(e.description()))
                    .append("</summary></entry>\n");
        }
        return xml.append("</feed>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
