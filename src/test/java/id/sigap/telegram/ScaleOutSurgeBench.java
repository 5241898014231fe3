package id.sigap.telegram;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load test, not a unit test (its name keeps it out of the normal run): a surge of messages from many
 * chats, fed at a steady rate to TWO Sigap instances sharing one Redis, through a fake Bot API on
 * loopback. Webhook mode (default): the feeder posts each update to the instances in turn with the
 * secret header, as a load balancer would. Polling mode: the fake queues the updates and only the
 * instance holding the polling lease fetches them. Telegram's rate limits are lifted (they would
 * measure Telegram, not Sigap); the outgoing rate is printed against them.
 *
 * <p>Every message asks a numbered question; the bench's answerer echoes it, so each reply names its
 * update and losses and duplicates are counted exactly. One chat in twenty ends with /petugas, which
 * goes through the real handoff flow. Run: {@code bench/surge.sh [messages] [chats] [seconds] [mode]}.
 */
class ScaleOutSurgeBench {

    static final int MESSAGES = Integer.getInteger("bench.messages", 4000);
    static final int CHATS = Integer.getInteger("bench.chats", 1000);
    static final int SECONDS = Integer.getInteger("bench.seconds", 12);
    static final String MODE = System.getProperty("bench.mode", "webhook");
    static final long FIRST_CHAT = 100_000;
    static final Pattern MARKER = Pattern.compile("q(\\d+)");

    @Test
    void surge() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             SigapCluster cluster = new SigapCluster(api, MODE, Map.of("sigap.telegram.lift-rate-limits", true))) {
            api.recordCalls(false);
            Map<Integer, AtomicInteger> repliesByMarker = new ConcurrentHashMap<>();
            Map<Long, AtomicInteger> otherRepliesByChat = new ConcurrentHashMap<>();
            Map<Integer, Long> replyAt = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Long> sendTimes = new ConcurrentLinkedQueue<>();
            api.listen(call -> {
                if (!call.method().equals("sendmessage") || call.status() != 200) {
                    return;
                }
                sendTimes.add(call.atNanos());
                Matcher m = MARKER.matcher(call.text());
                if (m.find()) {
                    int marker = Integer.parseInt(m.group(1));
                    repliesByMarker.computeIfAbsent(marker, k -> new AtomicInteger()).incrementAndGet();
                    replyAt.putIfAbsent(marker, call.atNanos());
                } else {
                    otherRepliesByChat.computeIfAbsent(Long.parseLong(call.params().get("chat_id")),
                            k -> new AtomicInteger()).incrementAndGet();
                }
            });
            cluster.start();
            cluster.start();

            // Warm-up: JIT, connections, scripts; also learns how many messages a handoff sends the citizen.
            int warm = 400;
            List<CompletableFuture<Integer>> warmups = new ArrayList<>();
            for (int i = 0; i < warm; i++) {
                warmups.add(feed(api, cluster, -1 - i, 1_000 + (i % 50), "tanya q" + (1_000_000 + i)));
            }
            feed(api, cluster, -100_000, 999, "/petugas");
            CompletableFuture.allOf(warmups.toArray(CompletableFuture[]::new)).join();
            assertThat(await(() -> repliesByMarker.size() >= warm && otherRepliesByChat.containsKey(999L),
                    Duration.ofMinutes(2))).as("warm-up answered").isTrue();
            Thread.sleep(1_000);
            int handoffReplies = otherRepliesByChat.get(999L).get();
            sendTimes.clear();
            double inBefore = cluster.count("sigap.messages.in");
            double answeredBefore = cluster.count("sigap.turns", "outcome", "answer");
            double handoffBefore = cluster.count("sigap.turns", "outcome", "handoff");

            int perChat = Math.max(1, MESSAGES / CHATS);
            Map<Integer, Long> fedAt = new ConcurrentHashMap<>();
            List<CompletableFuture<Integer>> posts = new ArrayList<>(MESSAGES);
            List<Long> handoffChats = new ArrayList<>();
            long start = System.nanoTime();
            long intervalNanos = Duration.ofSeconds(SECONDS).toNanos() / MESSAGES;
            for (int i = 0; i < MESSAGES; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int chatIndex = i % CHATS;
                boolean last = i / CHATS == perChat - 1;
                boolean handoff = last && chatIndex % 20 == 0;
                // A handoff chat sends only its /petugas: once a chat is with staff, its later messages are
                // relayed instead of answered, and a delivery retried out of order would blur the count.
                long chat = chatIndex % 20 == 0 && !handoff ? FIRST_CHAT + 10_000_000L + i : FIRST_CHAT + chatIndex;
                String text = handoff ? "/petugas" : "posko pengungsian terdekat di mana q" + i;
                if (handoff) {
                    handoffChats.add(chat);
                }
                fedAt.put(i, System.nanoTime());
                posts.add(feed(api, cluster, i, chat, text));
            }
            long fedEnd = System.nanoTime();
            int expectedAnswers = MESSAGES - handoffChats.size();
            boolean complete = await(() -> repliesByMarker.keySet().stream().filter(k -> k < 1_000_000).count() >= expectedAnswers
                    && handoffChats.stream().allMatch(c -> otherRepliesByChat.getOrDefault(c, new AtomicInteger()).get()
                    >= handoffReplies), Duration.ofMinutes(3));
            long done = System.nanoTime();
            Thread.sleep(1_500); // anything sent twice would arrive now
            int refused = (int) posts.stream().map(CompletableFuture::join).filter(s -> s != 200).count();

            List<Long> latencies = new ArrayList<>();
            long lost = 0, duplicated = 0;
            for (int i = 0; i < MESSAGES; i++) {
                AtomicInteger n = repliesByMarker.get(i);
                if (n == null) {
                    continue;
                }
                if (n.get() > 1) {
                    duplicated += n.get() - 1;
                }
                latencies.add(replyAt.get(i) - fedAt.get(i));
            }
            lost += expectedAnswers - latencies.size();
            for (long chat : handoffChats) {
                int got = otherRepliesByChat.getOrDefault(chat, new AtomicInteger()).get();
                duplicated += Math.max(0, got - handoffReplies);
                lost += got < handoffReplies ? 1 : 0;
            }
            latencies.sort(Long::compare);
            List<Long> sends = new ArrayList<>(sendTimes);
            double feedSeconds = (fedEnd - start) / 1e9;
            double totalSeconds = (done - start) / 1e9;
            String report = """

                    SURGE BENCH (%s mode, 2 instances, 1 Redis, Telegram limits lifted)
                      fed:        %d messages from %d chats in %.1f s (%.0f/s offered)
                      finished:   all replies %.1f s after the first message: %.0f messages/s end to end
                      latency:    update-to-reply p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                      outgoing:   %d sendMessage calls, mean %.0f/s, busiest second %d (Telegram allows ~30/s per bot)
                      complete:   %s
                      counts:     in %.0f, answered %.0f, handed off %.0f, lost %d, duplicated %d, deliveries refused %d
                      instances:  %s
                      inside:     %s
                    """.formatted(MODE, MESSAGES, CHATS, feedSeconds, MESSAGES / feedSeconds,
                    totalSeconds, MESSAGES / totalSeconds,
                    pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                    latencies.isEmpty() ? 0 : latencies.getLast() / 1e6,
                    sends.size(), sends.size() / totalSeconds, TelegramChannelTest.maxInWindow(sends, Duration.ofSeconds(1)),
                    complete ? "yes" : "NO (timed out after 3 min)",
                    cluster.count("sigap.messages.in") - inBefore,
                    cluster.count("sigap.turns", "outcome", "answer") - answeredBefore,
                    cluster.count("sigap.turns", "outcome", "handoff") - handoffBefore,
                    lost, duplicated, refused, perInstance(cluster), stages(cluster));
            System.out.println(report);
            write(report);
            assertThat(lost).as("lost").isZero();
            assertThat(duplicated).as("duplicated").isZero();
        }
    }

    private static CompletableFuture<Integer> feed(FakeBotApi api, SigapCluster cluster, int i, long chat, String text) {
        if (MODE.equals("polling")) {
            api.sendText(chat, text);
            return CompletableFuture.completedFuture(200);
        }
        int updateId = i >= 0 ? 1_000_000 + i : 5_000_000 - i;
        return cluster.deliver(Math.floorMod(i, 2), SigapCluster.textUpdate(updateId, chat, text), Duration.ofMinutes(2));
    }

    private static String perInstance(SigapCluster cluster) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            parts.add(String.format("#%d: %.0f", i, cluster.instance(i)
                    .getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .find("sigap.turns").counters().stream().mapToDouble(c -> c.count()).sum()) + " turns");
        }
        return String.join(", ", parts);
    }

    /** Mean and max of Sigap's own timers over both instances: where the time goes. */
    private static String stages(SigapCluster cluster) {
        List<String> parts = new ArrayList<>();
        for (String name : List.of("sigap.queue.inbox.wait", "sigap.turn.stage", "sigap.queue.outbox.wait", "sigap.reply.latency")) {
            double total = 0, count = 0, max = 0;
            for (int i = 0; i < cluster.size(); i++) {
                for (io.micrometer.core.instrument.Timer t : cluster.instance(i)
                        .getBean(io.micrometer.core.instrument.MeterRegistry.class).find(name).timers()) {
                    total += t.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
                    count += t.count();
                    max = Math.max(max, t.max(java.util.concurrent.TimeUnit.MILLISECONDS));
                }
            }
            parts.add(String.format("%s mean %.1f ms max %.0f ms", name.replace("sigap.", ""), count == 0 ? 0 : total / count, max));
        }
        return String.join("; ", parts);
    }

    private static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void write(String report) throws IOException {
        Path out = Path.of("target", "surge-bench.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
