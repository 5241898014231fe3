package id.sigap.telegram;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): replays N updates from M chats
 * through the fake Bot API and the whole channel (long polling, Redis queues, pipeline, sending) and
 * prints messages a second and latency from the update handed to the bot to its reply arriving.
 * Telegram's own rate limits are lifted here (they would measure Telegram, not Sigap).
 * Run: {@code bench/telegram.sh} (N and M from -Dbench.updates / -Dbench.chats).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TelegramThroughputBench {

    static final FakeBotApi api = new FakeBotApi();
    static final int UPDATES = Integer.getInteger("bench.updates", 2000);
    static final int CHATS = Integer.getInteger("bench.chats", 200);

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
        registry.add("sigap.data-dir", () -> TestDirs.fresh("bench").toString());
    }

    @Test
    void replay() {
        // Warm up the pipeline and the connections.
        for (int i = 0; i < 50; i++) {
            api.sendText(1, "halo " + i);
        }
        api.await(Duration.ofSeconds(60), a -> a.delivered(1).size() >= 50, "warm-up");

        Map<Long, List<Integer>> sentPerChat = new HashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < UPDATES; i++) {
            long chat = 10_000 + (i % CHATS);
            int id = api.sendText(chat, i % 3 == 0 ? "/help" : "posko pengungsian terdekat di mana " + i);
            sentPerChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(id);
        }
        api.await(Duration.ofMinutes(10), a -> sentPerChat.entrySet().stream()
                .allMatch(e -> a.delivered(e.getKey()).size() >= e.getValue().size()), "all replies");
        long end = System.nanoTime();

        List<Long> latencies = new ArrayList<>();
        long lastReply = 0;
        for (var entry : sentPerChat.entrySet()) {
            List<FakeBotApi.Call> replies = api.delivered(entry.getKey());
            for (int k = 0; k < entry.getValue().size(); k++) {
                Long served = api.servedAt(entry.getValue().get(k));
                long replied = replies.get(k).atNanos();
                lastReply = Math.max(lastReply, replied);
                latencies.add(replied - served);
            }
        }
        latencies.sort(Long::compare);
        double seconds = (end - start) / 1e9;
        System.out.printf("%nTELEGRAM BENCH: %d updates from %d chats in %.2f s = %.0f messages/s; "
                        + "update-to-reply p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                UPDATES, CHATS, seconds, UPDATES / seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.getLast() / 1e6);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
