package id.sigap.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake Telegram, the feeder and the checker of the exactly-once surge ({@code bench/exactly-once.sh}), as
 * one process beside two Sigap processes ({@link SurgeInstance}) on one redis-server.
 *
 * <p>The fake Bot API ({@link FakeBotApi}) holds sendMessage to Telegram's limits (30 a second overall, 1 a
 * second per chat with a burst of 3; 429 with retry_after beyond them) and tells the instances apart by the
 * path each was given ({@code <base>/i0}, {@code <base>/i1}, {@code <base>/i0r} for a restart). The feeder
 * offers {@code messages} updates from {@code chats} chats over {@code offer-seconds}: in webhook mode it
 * posts each to one instance in turn, as a load balancer, and retries a failed post on the other, as
 * Telegram redelivers; in polling mode it queues them at the fake for whichever instance holds the polling
 * lease. The checker counts, per update, the replies the fake accepted (each reply echoes its update's
 * marker): lost, duplicated, and who sent them.
 *
 * <p>Files in the output directory: {@code fake-ready} once the fake listens; {@code progress} every second
 * ({@code answered=<n> poller=<tag>}); {@code killed} is written by the script ({@code <tag> <epoch ms>})
 * when it kills an instance; {@code report.txt} at the end. Exit status 0 only with nothing lost or repeated.
 *
 * <p>Arguments: fake-port mode messages chats offer-seconds out-dir [instance-port ...].
 */
public final class SurgeDriver {

    static final long FIRST_CHAT = 100_000;
    static final Pattern MARKER = Pattern.compile("q(\\d+)");

    private final int messages;
    private final int chats;
    private final String mode;
    private final int offerSeconds;
    private final Path out;
    private final List<Integer> instancePorts;

    private final Map<Integer, AtomicInteger> replies = new ConcurrentHashMap<>();
    private final Map<Integer, Long> firstReplyAt = new ConcurrentHashMap<>();
    /** Per marker, every copy: sender tag and wall-clock ms. */
    private final Map<Integer, List<String>> copies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> repliesBy = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusedBy = new ConcurrentHashMap<>();
    private final AtomicInteger unmarked = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> sendTimes = new ConcurrentLinkedQueue<>();
    private final long[] fedAt;
    private volatile String poller = "";
    private volatile boolean frozen;
    private final AtomicLong postRetries = new AtomicLong();
    private final AtomicLong postFailures = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService posts = Executors.newVirtualThreadPerTaskExecutor();
    /**
     * Webhook posts in flight at once, as Telegram's {@code max_connections} of setWebhook (default 40): the
     * updates beyond wait at "Telegram". Unbounded, 20,000 posts offered in a minute opened thousands of
     * connections at once and the driver (the fake Telegram too) spent its time in garbage collection.
     */
    private final java.util.concurrent.Semaphore connections =
            new java.util.concurrent.Semaphore(Integer.getInteger("surge.webhookConnections", 40));
    private final List<Double> loads = new ArrayList<>();

    SurgeDriver(String mode, int messages, int chats, int offerSeconds, Path out, List<Integer> instancePorts) {
        this.mode = mode;
        this.messages = messages;
        this.chats = chats;
        this.offerSeconds = offerSeconds;
        this.out = out;
        this.instancePorts = instancePorts;
        this.fedAt = new long[messages];
    }

    public static void main(String[] args) throws Exception {
        int fakePort = Integer.parseInt(args[0]);
        List<Integer> ports = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            ports.add(Integer.parseInt(args[i]));
        }
        SurgeDriver driver = new SurgeDriver(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Path.of(args[5]), ports);
        boolean clean;
        try (FakeBotApi api = new FakeBotApi(fakePort)) {
            clean = driver.run(api);
        }
        System.exit(clean ? 0 : 1);
    }

    boolean run(FakeBotApi api) throws Exception {
        api.recordCalls(false);
        api.enforceTelegramLimits(30, 1, 3);
        api.listen(this::record);
        Files.createDirectories(out);
        Files.writeString(out.resolve("fake-ready"), api.baseUrl() + "\n");
        log("fake Bot API on " + api.baseUrl() + " with Telegram's limits on; waiting for two instances");
        awaitInstances();
        log("both instances are up; feeding " + messages + " messages from " + chats + " chats over " + offerSeconds + " s (" + mode + ")");

        Thread progress = Thread.ofPlatform().daemon().start(this::reportProgress);
        long start = System.nanoTime();
        long interval = Duration.ofSeconds(offerSeconds).toNanos() / messages;
        for (int i = 0; i < messages; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long chat = FIRST_CHAT + i % chats;
            String text = "posko pengungsian terdekat di mana q" + i;
            fedAt[i] = System.nanoTime();
            if (mode.equals("polling")) {
                api.sendText(chat, text);
            } else {
                int index = i;
                posts.submit(() -> deliver(index, SigapCluster.textUpdate(1_000_000 + index, chat, text)));
            }
        }
        long fedEnd = System.nanoTime();
        log("fed in " + (fedEnd - start) / 1_000_000_000 + " s");

        // Telegram's 30 a second bound the run on a quiet machine; a loaded one is far slower: give it 5 a second
        // and a margin for a takeover.
        long budgetMs = messages * 1000L / 5 + 300_000;
        long deadline = System.currentTimeMillis() + budgetMs;
        while (replies.size() < messages && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        long done = System.nanoTime();
        boolean complete = replies.size() >= messages;
        // A repeat caused by a killed instance comes after the lease (30 s) and the send mark (32 s) ran out:
        // wait until 70 s after the kill, and at least 10 s after the last reply, before counting.
        long killedAt = killedAtMillis();
        long until = Math.max(System.currentTimeMillis() + 10_000, killedAt > 0 ? killedAt + 70_000 : 0);
        while (System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        progress.interrupt();
        // Counting stops here, so that every figure of the report is read from the same moment.
        frozen = true;
        Thread.sleep(100);
        String report = report(start, fedEnd, done, complete);
        System.out.println(report);
        Files.writeString(out.resolve("report.txt"), report);
        return complete && lost() == 0 && duplicated() == 0;
    }

    private void record(FakeBotApi.Call call) {
        if (frozen) {
            return;
        }
        String via = call.params().getOrDefault("__via", "?");
        if (call.method().equals("getupdates")) {
            poller = via;
            return;
        }
        if (!call.method().equals("sendmessage")) {
            return;
        }
        if (call.status() != 200) {
            refusedBy.computeIfAbsent(via + " " + call.status(), k -> new AtomicInteger()).incrementAndGet();
            return;
        }
        sendTimes.add(call.atNanos());
        repliesBy.computeIfAbsent(via, k -> new AtomicInteger()).incrementAndGet();
        Matcher m = MARKER.matcher(call.text());
        if (!m.find()) {
            unmarked.incrementAndGet();
            return;
        }
        int marker = Integer.parseInt(m.group(1));
        replies.computeIfAbsent(marker, k -> new AtomicInteger()).incrementAndGet();
        firstReplyAt.putIfAbsent(marker, call.atNanos());
        copies.computeIfAbsent(marker, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(via + "@" + System.currentTimeMillis());
    }

    /** Posts an update as Telegram does: to the balancer's choice, again to the other instance on failure. */
    private void deliver(int i, String json) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos(); // Telegram retries far longer
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            int port = instancePorts.get(Math.floorMod(i + attempt, instancePorts.size()));
            try {
                connections.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                        .header("Content-Type", "application/json")
                        .header(TelegramWebhookController.SECRET_HEADER, SigapCluster.SECRET)
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // connection refused or timed out: the other instance next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                connections.release();
            }
            postRetries.incrementAndGet();
            try {
                Thread.sleep(Math.min(1_000, 100L * (attempt + 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        postFailures.incrementAndGet();
    }

    private void awaitInstances() throws InterruptedException {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(20).toMillis();
        while (System.currentTimeMillis() < deadline) {
            boolean up = true;
            for (int port : instancePorts) {
                up &= webhookAnswers(port);
            }
            if (up) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the instances did not come up in 20 minutes");
    }

    /** Whether the instance's web server answers (any status) on its webhook path. */
    private boolean webhookAnswers(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void reportProgress() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Files.writeString(out.resolve("progress"), "answered=" + replies.size() + " poller=" + poller + "\n");
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                synchronized (loads) {
                    loads.add(Double.parseDouble(load));
                }
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // progress is best effort
            }
        }
    }

    private long killedAtMillis() {
        try {
            Path killed = out.resolve("killed");
            return Files.exists(killed) ? Long.parseLong(Files.readString(killed).trim().split("\\s+")[1]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private long lost() {
        return messages - replies.size();
    }

    private long duplicated() {
        return replies.values().stream().mapToLong(n -> Math.max(0, n.get() - 1)).sum();
    }

    private String report(long start, long fedEnd, long done, boolean complete) throws IOException {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            Long at = firstReplyAt.get(i);
            if (at != null) {
                latencies.add(at - fedAt[i]);
            }
        }
        latencies.sort(Long::compare);
        List<Long> sends = new ArrayList<>(sendTimes);
        sends.sort(Long::compare);
        double seconds = (done - start) / 1e9;
        List<String> repeats = new ArrayList<>();
        copies.forEach((marker, list) -> {
            if (list.size() > 1) {
                repeats.add("q" + marker + " " + list);
            }
        });
        String killed = Files.exists(out.resolve("killed")) ? Files.readString(out.resolve("killed")).trim() : "none";
        if (Files.exists(out.resolve("killed-marks"))) {
            killed += "; " + Files.readString(out.resolve("killed-marks")).trim();
        }
        double loadMean, loadMax;
        synchronized (loads) {
            loadMean = loads.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            loadMax = loads.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        return """
                EXACTLY-ONCE SURGE (%s, 2 Sigap processes, 1 redis-server, Telegram's limits ON at the fake) %s
                  fed:        %d messages from %d chats in %.1f s (%.0f/s offered)%s
                  finished:   %s, last first-reply %.1f s after the first message (%.1f replies/s)
                  latency:    update-to-reply p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms
                  outgoing:   %d sendMessage accepted, busiest second %d; refused by the fake: %s
                  lost:       %d
                  duplicated: %d %s
                  other:      %d accepted messages without a marker
                  by sender:  %s (accepted replies per instance process, as the fake saw them)
                  turns:      %s (sigap.turns of the processes alive at the end, by port)
                  killed:     %s
                  load:       1-min load average mean %.1f, max %.1f (2 cores)
                """.formatted(mode, Instant.now(), messages, chats, (fedEnd - start) / 1e9, messages / ((fedEnd - start) / 1e9),
                mode.equals("webhook") ? String.format(", at most %d posts in flight, %d posts retried, %d given up",
                        Integer.getInteger("surge.webhookConnections", 40), postRetries.get(), postFailures.get()) : "",
                complete ? "all answered" : "NOT all answered", seconds, replies.size() / seconds,
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies.isEmpty() ? 0 : latencies.getLast() / 1e6,
                sends.size(), TelegramChannelTest.maxInWindow(sends, Duration.ofSeconds(1)), new TreeMap<>(refusedBy),
                lost(), duplicated(), repeats.isEmpty() ? "" : repeats.toString(), unmarked.get(),
                new TreeMap<>(repliesBy), turnsByPort(), killed, loadMean, loadMax);
    }

    /** The sum of sigap_turns_total each live instance's Prometheus page shows. */
    private String turnsByPort() {
        List<String> parts = new ArrayList<>();
        for (int port : instancePorts) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(5)).GET().build();
                double turns = http.send(request, HttpResponse.BodyHandlers.ofString()).body().lines()
                        .filter(l -> l.startsWith("sigap_turns_total"))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
                parts.add(port + ": " + (long) turns);
            } catch (IOException | RuntimeException e) {
                parts.add(port + ": down");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return String.join(", ", parts);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " " + line);
    }
}
