package id.sigap.monitoring;

import id.sigap.texts.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches one feed politely: a conditional GET (ETag / Last-Modified), a deadline on the whole exchange
 * (body included, so a server that trickles bytes cannot hold a poller), a size cap, and redirects
 * followed by hand up to a limit and only to http(s). The JDK client follows redirects without a limit
 * we can set, hence the manual loop.
 */
final class FeedFetcher {

    /** What one fetch came to. */
    sealed interface Outcome {
    }

    /** A new body, with the validators to send next time. */
    record Fetched(byte[] body, String etag, String lastModified, URI finalUri) implements Outcome {
    }

    /** The server says nothing changed (304). */
    record NotModified() implements Outcome {
    }

    /** The feed could not be read; {@code reason} is one Indonesian line for officers. */
    record Failed(String reason, Duration retryAfter) implements Outcome {
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-deadline");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxRedirects;

    FeedFetcher(Duration timeout, long maxBytes, int maxRedirects) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome fetch(URI uri, String etag, String lastModified) {
        URI current = uri;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (int hop = 0; hop <= maxRedirects; hop++) {
                if (!isHttp(current)) {
                    return new Failed("alamat bukan http/https: " + current, null);
                }
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.isNegative() || left.isZero()) {
                    return new Failed(Texts.officer("monitoring.feed-timeout").formatted(timeout.toSeconds()), null);
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(current).timeout(left).GET()
                        .header("User-Agent", "Sigap-monitoring/1.0 (humas pemerintah daerah)")
                        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8");
                if (etag != null) {
                    request.header("If-None-Match", etag);
                }
                if (lastModified != null) {
                    request.header("If-Modified-Since", lastModified);
                }
                HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && status != 304) {
                    response.body().close();
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (location == null) {
                        return new Failed("pengalihan tanpa alamat tujuan (HTTP " + status + ")", null);
                    }
                    current = current.resolve(location);
                    continue;
                }
                if (status == 304) {
                    response.body().close();
                    return new NotModified();
                }
                if (status != 200) {
                    response.body().close();
                    return new Failed("server menjawab HTTP " + status, retryAfter(response));
                }
                byte[] body = readCapped(response.body(), deadline);
                if (body == null) {
                    return new Failed("umpan lebih besar dari " + maxBytes / 1000 + " kB, tidak dibaca", null);
                }
                return new Fetched(body, response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null), current);
            }
            return new Failed("terlalu banyak pengalihan (lebih dari " + maxRedirects + ")", null);
        } catch (HttpTimeoutException e) {
            return new Failed(Texts.officer("monitoring.feed-timeout").formatted(timeout.toSeconds()), null);
        } catch (IOException e) {
            return new Failed(System.nanoTime() > deadline ? Texts.officer("monitoring.feed-timeout").formatted(timeout.toSeconds())
                    : Texts.officer("monitoring.feed-unreachable").formatted(e.getClass().getSimpleName()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(Texts.officer("monitoring.feed-stopped"), null);
        } catch (IllegalArgumentException e) {
            return new Failed("alamat tidak sah: " + e.getMessage(), null);
        }
    }

    /** The body, or null when it is larger than the cap; closing the stream at the deadline ends a stalled read. */
    private byte[] readCapped(InputStream body, long deadline) throws IOException {
        long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> guard = DEADLINES.schedule(() -> {
            expired.set(true);
            try {
                body.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }, wait, TimeUnit.MILLISECONDS);
        try (body) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (System.nanoTime() > deadline) {
                throw new IOException("deadline");
            }
            return bytes.length > maxBytes ? null : bytes;
        } catch (IOException e) {
            throw expired.get() ? new HttpTimeoutException("deadline") : e;
        } finally {
            guard.cancel(false);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofSeconds(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}
