package id.sigap.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one real redis-server share the work and answer every message exactly once: in long-polling
 * mode (one instance receives every update, both take chats from the shared ready queue) and in webhook mode
 * with Telegram's limits on and leases far shorter than the waits for the rate limiter (the set-up that used to
 * answer chats twice).
 */
class ScaleOutSharingTest {

    static final Pattern MARKER = Pattern.compile("s(\\d+)x");

    static Map<Integer, Integer> answers(FakeBotApi api) {
        Map<Integer, Integer> count = new HashMap<>();
        for (FakeBotApi.Call call : api.deliveredMessages()) {
            Matcher m = MARKER.matcher(call.text());
            if (m.find()) {
                count.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return count;
    }

    static double turns(SigapCluster cluster, int i) {
        return cluster.instance(i).getBean(MeterRegistry.class).find("sigap.turns").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    static void assertEachAnsweredOnce(FakeBotApi api, int messages) throws InterruptedException {
        assertEachAnsweredOnce(api, messages, null);
    }

    static void assertEachAnsweredOnce(FakeBotApi api, int messages, SigapCluster cluster) throws InterruptedException {
        api.await(Duration.ofMinutes(3), a -> answers(a).size() >= messages, "every message answered");
        Thread.sleep(2_000);
        Map<Integer, Integer> answers = answers(api);
        assertThat(answers).hasSize(messages);
        assertThat(answers.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as(() -> "messages answered more than once: " + copies(api, answers) + (cluster == null ? ""
                        : "; send failures " + cluster.count("sigap.send.failures")
                        + ", fenced " + cluster.count("sigap.send.fenced")))
                .isEmpty();
    }

    /** Each repeated message's copies: which instance sent it (the API path it was given) and when (ms). */
    static String copies(FakeBotApi api, Map<Integer, Integer> answers) {
        Map<Integer, List<String>> copies = new java.util.TreeMap<>();
        for (FakeBotApi.Call call : api.deliveredMessages()) {
            Matcher m = MARKER.matcher(call.text());
            if (m.find() && answers.getOrDefault(Integer.parseInt(m.group(1)), 0) > 1) {
                copies.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>())
                        .add(call.params().getOrDefault("__via", "?") + "@" + call.atNanos() / 1_000_000);
            }
        }
        return copies.toString();
    }

    @Test
    void inLongPollingModeBothInstancesTakeChatsAndEachMessageIsAnsweredOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             SigapCluster cluster = new SigapCluster(api, "polling", Map.of(
                     "sigap.telegram.lift-rate-limits", true,
                     "sigap.telegram.max-active-chats", 4))) {
            cluster.start();
            cluster.start();
            int messages = 0;
            for (int round = 0; round < 2; round++) {
                for (int c = 0; c < 150; c++) {
                    api.sendText(91_000 + c, "tanya s" + messages++ + "x");
                }
            }
            assertEachAnsweredOnce(api, messages);
            double first = turns(cluster, 0);
            double second = turns(cluster, 1);
            System.out.printf("polling: instance 0 took %.0f turns, instance 1 %.0f%n", first, second);
            assertThat(first + second).isEqualTo(messages);
            assertThat(Math.min(first, second)).as("the smaller share").isGreaterThanOrEqualTo(messages * 0.15);
        }
    }

    @Test
    void inWebhookModeWithTelegramLimitsOnAndShortLeasesNoChatIsAnsweredTwice() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
             // The lease (1 s) is far shorter than the waits for the rate limiter (300 chats at 60 a second), so
             // chats change hands all the time. The send timeout stays at its default (30 s): with 2 s the fake,
             // starved of CPU on a loaded machine, answered after the bound 22 times in one run, and each of
             // those sends, which the fake had taken, was rightly sent again (the ambiguous window of
             // docs/scale.md, covered by SlowTelegramAnswerTest), which is not what this test is about.
             SigapCluster cluster = new SigapCluster(api, "webhook", Map.of(
                     "sigap.telegram.global-per-second", 60,
                     "sigap.telegram.chat-lease-ms", 1000))) {
            // Each instance calls the fake under its own path, so that a repeat names who sent each copy.
            cluster.startWith(Map.of("sigap.telegram.api-url", api.baseUrl() + "/w0"));
            cluster.startWith(Map.of("sigap.telegram.api-url", api.baseUrl() + "/w1"));
            int chats = 300;
            List<CompletableFuture<Integer>> posts = new ArrayList<>();
            for (int c = 0; c < chats; c++) {
                posts.add(cluster.deliver(c % 2, SigapCluster.textUpdate(7_000_000 + c, 92_000 + c, "tanya s" + c + "x"),
                        Duration.ofMinutes(1)));
            }
            CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
            assertEachAnsweredOnce(api, chats, cluster);
            double first = turns(cluster, 0);
            double second = turns(cluster, 1);
            System.out.printf("webhook: instance 0 took %.0f turns, instance 1 %.0f%n", first, second);
            // Each instance receives half the posts, but either takes chats from the shared ready queue as fast as it
            // can: on a loaded machine the split drifts (44 of 300 once, in a full build beside other builds). What
            // must hold is that both take a real share, not that they are equally fast.
            assertThat(Math.min(first, second)).as("the smaller share").isGreaterThanOrEqualTo(chats * 0.10);
        }
    }
}
