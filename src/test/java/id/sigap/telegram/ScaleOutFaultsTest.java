package id.sigap.telegram;

import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults under traffic, on two instances sharing one Redis in long-polling mode (one poller at a time,
 * under the polling lease): the Bot API failing for a while, Redis restarted, an instance stopped in the
 * middle of the work. After each, every message is answered exactly once, no handoff is lost, and the
 * service recovers on its own. Counted from the fake Bot API's recorded calls.
 *
 * <p>Not covered here: a corrupt knowledge-base file published (the knowledge feature is not part of this
 * branch) and the LLM server timing out (nor is the generated-answer path).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutFaultsTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Pattern MARKER = Pattern.compile("m(\\d+)x");

    static FakeBotApi api;
    static SigapCluster cluster;
    static int nextMarker = 1;

    @BeforeAll
    static void startTwoInstances() {
        api = new FakeBotApi();
        cluster = new SigapCluster(api, "polling", Map.of(
                "sigap.telegram.poll-lease-ms", 2000,
                "sigap.telegram.send-attempts", 3,
                "sigap.telegram.lift-rate-limits", true));
        cluster.start();
        cluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        api.close();
    }

    /** Sends {@code perChat} numbered questions from each of {@code chats} chats; returns marker -> chat. */
    static Map<Integer, Long> traffic(long firstChat, int chats, int perChat, Runnable midway) {
        Map<Integer, Long> sent = new HashMap<>();
        for (int m = 0; m < perChat; m++) {
            for (int c = 0; c < chats; c++) {
                int marker = nextMarker++;
                api.sendText(firstChat + c, "pertanyaan m" + marker + "x");
                sent.put(marker, firstChat + c);
            }
            if (m == perChat / 2 && midway != null) {
                midway.run();
            }
            sleep(150);
        }
        return sent;
    }

    static Map<Integer, Integer> answers() {
        Map<Integer, Integer> count = new HashMap<>();
        for (FakeBotApi.Call call : api.deliveredMessages()) {
            Matcher m = MARKER.matcher(call.text());
            if (m.find()) {
                count.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return count;
    }

    /** Every marker answered, then (after a pause for late duplicates) answered exactly once, in order per chat. */
    static void assertAnsweredExactlyOnce(Map<Integer, Long> sent) throws InterruptedException {
        api.await(WAIT, a -> answers().keySet().containsAll(sent.keySet()), "every message answered");
        Thread.sleep(1_500);
        Map<Integer, Integer> answers = answers();
        sent.keySet().stream().filter(k -> answers.getOrDefault(k, 0) != 1).limit(5).forEach(k -> {
            System.err.println("ANSWERED " + answers.get(k) + "x: m" + k + "x");
            api.calls().stream().filter(c -> c.text().contains("m" + k + "x"))
                    .forEach(c -> System.err.println("  " + c.method() + " " + c.status() + " at " + c.atNanos() / 1_000_000));
        });
        assertThat(sent.keySet()).allSatisfy(marker ->
                assertThat(answers.get(marker)).as("answers to message m%dx", marker).isEqualTo(1));
        for (long chat : sent.values().stream().distinct().toList()) {
            List<Integer> order = new ArrayList<>();
            for (FakeBotApi.Call call : api.delivered(chat)) {
                Matcher m = MARKER.matcher(call.text());
                if (m.find()) {
                    order.add(Integer.parseInt(m.group(1)));
                }
            }
            assertThat(order).as("order of chat %d", chat).isSorted();
        }
    }

    static HandoffService handoffs() {
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.running(i)) {
                return cluster.instance(i).getBean(HandoffService.class);
            }
        }
        throw new IllegalStateException("no instance running");
    }

    static int pollingInstance() {
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.running(i) && cluster.instance(i).getBean(TelegramPoller.class).leader()) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @Order(1)
    void theBotApiFailingWithServerErrorsAndTooManyRequestsForAWhileLosesAndRepeatsNothing() throws Exception {
        api.failNext("sendMessage", 30, 502, 0);
        api.failNext("sendMessage", 10, 429, 1);
        Map<Integer, Long> sent = traffic(71_000, 20, 5, null);
        assertAnsweredExactlyOnce(sent);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.status() == 502)).hasSize(30);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.status() == 429)).hasSize(10);
        assertThat(cluster.count("sigap.send.throttled")).isEqualTo(10);
        assertThat(cluster.count("sigap.send.failures", "kind", "transient")).isEqualTo(30);
    }

    @Test
    @Order(2)
    void redisRestartedDuringTrafficFinishesEveryMessageOnceAndKeepsTheStaffQueue() throws Exception {
        long citizen = 72_999;
        api.sendText(citizen, "/petugas");
        api.await(WAIT, a -> handoffWaitingFor(citizen), "a handoff waiting for staff");

        Map<Integer, Long> sent = traffic(72_000, 20, 6, () -> {
            cluster.stopRedis();
            sleep(3_000);
            cluster.startRedis();
        });
        assertAnsweredExactlyOnce(sent);
        assertThat(handoffWaitingFor(citizen)).as("the handoff survived the restart").isTrue();

        // And the service is back on its own: a new message is answered promptly.
        Map<Integer, Long> after = traffic(72_500, 1, 1, null);
        api.await(Duration.ofSeconds(20), a -> answers().keySet().containsAll(after.keySet()), "answer after recovery");
    }

    @Test
    @Order(3)
    void anInstanceStoppedInTheMiddleOfTheWorkLeavesItToTheOther() throws Exception {
        api.await(Duration.ofSeconds(20), a -> pollingInstance() >= 0, "one instance polling");
        int poller = pollingInstance();
        int survivor = 1 - poller;
        long citizen = 73_999;
        api.sendText(citizen, "/petugas");
        api.await(WAIT, a -> handoffWaitingFor(citizen), "a handoff waiting for staff");

        Map<Integer, Long> sent = traffic(73_000, 40, 6, () -> cluster.stop(poller));
        assertAnsweredExactlyOnce(sent);
        assertThat(cluster.running(poller)).isFalse();
        assertThat(cluster.instance(survivor).getBean(TelegramPoller.class).leader())
                .as("the survivor took the polling lease over").isTrue();
        assertThat(handoffWaitingFor(citizen)).isTrue();
    }

    private static boolean handoffWaitingFor(long chat) {
        try {
            return handoffs().waiting().stream().map(Handoff::chatId).anyMatch(id -> id == chat);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
