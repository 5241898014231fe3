package id.sigap.telegram;

import id.sigap.support.TestDirs;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): replays N updates from M chats
 * through the fake Bot API and the whole channel (long polling, Redis queues, pipeline, sending) and
 * prints messages a second, latency from the update handed to the bot to its reply arriving (and from the update
 * offered to the fake, as a citizen sending it, to its reply: this one includes the time an update waits at
 * Telegram while polling holds back, see {@code sigap.telegram.poll-backlog}), and the CPU
 * time the burst cost (this JVM, which also runs the fake Bot API, and the embedded redis-server).
 * Telegram's own rate limits are lifted here (they would measure Telegram, not Sigap).
 * Run: {@code bench/telegram.sh} (N and M from -Dbench.updates / -Dbench.chats; -Dbench.jfr=FILE records
 * a JFR profile of the burst only, start-up and warm-up excluded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TelegramThroughputBench {

    static final FakeBotApi api = new FakeBotApi();
    static final int UPDATES = Integer.getInteger("bench.updates", 2000);
    static final int CHATS = Integer.getInteger("bench.chats", 200);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 400);
    static final Path DATA_DIR = TestDirs.fresh("bench");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("sigap.telegram.api-url", api::baseUrl);
        registry.add("sigap.telegram.poll-timeout-seconds", () -> 1);
        registry.add("sigap.telegram.global-per-second", () -> 1_000_000);
        registry.add("sigap.telegram.chat-per-second", () -> 1_000_000);
        registry.add("sigap.telegram.chat-burst", () -> 1_000_000);
        registry.add("sigap.telegram.lift-rate-limits", () -> true);
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", DATA_DIR::toString);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.connection.RedisConnectionFactory redis;

    @org.springframework.beans.factory.annotation.Autowired
    TelegramSettings settings;

    /** Redis calls by command so far (INFO commandstats). */
    private Map<String, Long> redisCalls() {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var connection = redis.getConnection()) {
            java.util.Properties info = connection.serverCommands().info("commandstats");
            for (String name : info.stringPropertyNames()) {
                String value = info.getProperty(name);
                int at = value.indexOf("calls=");
                if (name.startsWith("cmdstat_") && at >= 0) {
                    out.put(name.substring(8), Long.parseLong(value.substring(at + 6, value.indexOf(',', at))));
                }
            }
        }
        return out;
    }

    @Test
    void replay() throws Exception {
        // Replies are counted as the fake records them (scanning the call list would cost the run CPU).
        // A chat counts once when it has as many replies as it was sent updates (a reply repeated after a
        // timed-out call must not stand in for another chat's missing one).
        Map<Long, List<Long>> repliedAt = new ConcurrentHashMap<>();
        Map<Long, Integer> expected = new ConcurrentHashMap<>();
        for (int i = 0; i < WARM_UP; i++) {
            expected.merge(1L + (i % 50), 1, Integer::sum);
        }
        CountDownLatch[] pending = {new CountDownLatch(expected.size())};
        api.recordCalls(false);
        api.listen(call -> {
            if (call.method().equals("sendmessage") && call.status() == 200) {
                long chat = Long.parseLong(call.params().get("chat_id"));
                List<Long> list = repliedAt.computeIfAbsent(chat, c -> new ArrayList<>());
                synchronized (list) {
                    list.add(call.atNanos());
                    if (list.size() == expected.getOrDefault(chat, -1)) {
                        pending[0].countDown();
                    }
                }
            }
        });

        // Warm up the pipeline, the connections and the JIT on the same kind of traffic as the burst.
        for (int i = 0; i < WARM_UP; i++) {
            api.sendText(1 + (i % 50), i % 3 == 0 ? "/help" : "syarat bikin ktp " + i);
        }
        if (!pending[0].await(5, TimeUnit.MINUTES)) {
            throw new AssertionError("warm-up not answered: " + pending[0].getCount() + " left");
        }
        Thread.sleep(1000);
        expected.clear();
        for (int i = 0; i < UPDATES; i++) {
            expected.merge(10_000L + (i % CHATS), 1, Integer::sum);
        }
        repliedAt.clear();
        pending[0] = new CountDownLatch(expected.size());

        String jfr = System.getProperty("bench.jfr", "");
        Recording recording = null;
        if (!jfr.isBlank()) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long redisPid = redisServerPid();
        Map<String, Long> threadsBefore = threadCpu();
        Map<String, Long> callsBefore = redisCalls();
        long cpuBefore = os.getProcessCpuTime();
        long redisBefore = redisCpuNanos(redisPid);
        double loadBefore = os.getSystemLoadAverage();

        Map<Long, List<Integer>> sentPerChat = new java.util.HashMap<>();
        System.out.println("BURST START uptime " + ManagementFactory.getRuntimeMXBean().getUptime());
        long start = System.nanoTime();
        for (int i = 0; i < UPDATES; i++) {
            long chat = 10_000 + (i % CHATS);
            int id = api.sendText(chat, i % 3 == 0 ? "/help" : "posko pengungsian terdekat di mana " + i);
            sentPerChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(id);
        }
        if (!pending[0].await(10, TimeUnit.MINUTES)) {
            throw new AssertionError("burst not answered: " + pending[0].getCount() + " chats left");
        }
        long end = System.nanoTime();
        System.out.println("BURST END uptime " + ManagementFactory.getRuntimeMXBean().getUptime());
        // Work the turns left behind (the transcript writer's queue) counts too: CPU and Redis calls are read
        // once every update's transcript record is in Redis (one XADD each, at most 60 s), so that every build
        // is charged for all of it whatever the writer's lag when the last reply arrived.
        long drainedBy = System.nanoTime() + 60_000_000_000L;
        long xaddBefore = callsBefore.getOrDefault("xadd", 0L);
        while (System.nanoTime() < drainedBy && redisCalls().getOrDefault("xadd", 0L) - xaddBefore < UPDATES) {
            Thread.sleep(200);
        }
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long redisCpu = redisCpuNanos(redisPid) - redisBefore;
        Map<String, Long> threadsAfter = threadCpu();
        Map<String, Long> callsAfter = redisCalls();
        double loadAfter = os.getSystemLoadAverage();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }

        List<Long> latencies = new ArrayList<>();
        List<Long> fromOffer = new ArrayList<>();
        int extra = 0;
        for (var entry : sentPerChat.entrySet()) {
            List<Long> replies = repliedAt.get(entry.getKey());
            extra += replies.size() - entry.getValue().size();
            for (int k = 0; k < entry.getValue().size(); k++) {
                Long served = api.servedAt(entry.getValue().get(k));
                latencies.add(replies.get(k) - served);
                fromOffer.add(replies.get(k) - api.offeredAt(entry.getValue().get(k)));
            }
        }
        latencies.sort(Long::compare);
        fromOffer.sort(Long::compare);
        double seconds = (end - start) / 1e9;
        System.out.printf("%nTELEGRAM BENCH: %d updates from %d chats in %.2f s = %.0f messages/s; poll-backlog %d; "
                        + "update-to-reply p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "offer-to-reply p50 %.1f ms, p95 %.1f ms; "
                        + "CPU a message: JVM %.2f ms (with the fake Bot API), redis-server %.2f ms; "
                        + "JVM used %.2f cores; load average %.1f -> %.1f; replies beyond one an update %d%n%n",
                UPDATES, CHATS, seconds, UPDATES / seconds, settings.pollBacklog(), pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99), latencies.getLast() / 1e6, pct(fromOffer, 50), pct(fromOffer, 95), cpu / 1e6 / UPDATES, redisCpu / 1e6 / UPDATES, cpu / 1e9 / seconds,
                loadBefore, loadAfter, extra);
        StringBuilder split = new StringBuilder("TELEGRAM BENCH CPU by thread (ms a message):");
        threadsAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(14)
                .forEach(e -> split.append(String.format(" %s %.2f;", e.getKey(), e.getValue() / 1e6 / UPDATES)));
        System.out.println(split + "\n");
        StringBuilder calls = new StringBuilder("TELEGRAM BENCH Redis calls a message:");
        long total = 0;
        for (var e : callsAfter.entrySet()) {
            long n = e.getValue() - callsBefore.getOrDefault(e.getKey(), 0L);
            total += n;
            if (n > 0) {
                calls.append(String.format(" %s %.2f;", e.getKey(), n / (double) UPDATES));
            }
        }
        System.out.println(calls + String.format(" total %.2f%n", total / (double) UPDATES));
    }

    /**
     * CPU of this process's threads from /proc (native ones too: the JIT, GC, the ONNX runtime), summed by
     * name with digits replaced, in nanoseconds. Threads that ended between two readings are not counted.
     */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L, Long::sum);
                } catch (Exception ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (Exception e) {
            // no /proc: no split
        }
        return out;
    }

    /** The embedded redis-server this JVM started (working in the data directory), or -1. */
    private static long redisServerPid() {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("[0-9]+"))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("cmdline")).contains("redis")
                                    && Files.readSymbolicLink(p.resolve("cwd")).startsWith(DATA_DIR);
                        } catch (Exception gone) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst().orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    /** utime + stime of a process from /proc (clock ticks of 10 ms), in nanoseconds; 0 when unknown. */
    private static long redisCpuNanos(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (Exception e) {
            return 0;
        }
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
