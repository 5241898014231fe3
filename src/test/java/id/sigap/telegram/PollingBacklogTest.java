package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import id.sigap.ops.SigapMetrics;
import id.sigap.support.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backpressure on long polling ({@code sigap.telegram.poll-backlog}): the poller takes no update from Telegram while
 * the messages recorded and not processed yet reach the limit, and takes again as workers bring them down; a
 * backlog counter that drifted too high neither stops polling for longer than the poller's longest wait nor stays
 * wrong. The first tests drive the poller against a real redis-server and the fake Bot API with no dispatcher
 * working, and play the workers by hand (claim, commit, release); the last runs two whole instances.
 */
class PollingBacklogTest {

    static final String BACKLOG = ChatQueue.PREFIX + "backlog";
    static TestRedis redis;

    FakeBotApi api;
    TelegramBot bot;
    ChatQueue queue;
    ChatDispatcher dispatcher;
    TelegramPoller poller;
    SimpleMeterRegistry registry;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start("poll-backlog");
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void fresh() {
        redis.flush();
        api = new FakeBotApi();
        bot = new TelegramBot.Builder(FakeBotApi.TOKEN).apiUrl(api.baseUrl() + "/bot").build();
        queue = new ChatQueue(redis.template(), new id.sigap.privacy.DataCipher(id.sigap.privacy.DataKeys.of(List.of(new byte[32]))));
        registry = new SimpleMeterRegistry();
        TelegramSettings settings = new TelegramSettings(FakeBotApi.TOKEN, api.baseUrl(), null, null, null, 0, 30, 1, 3,
                20, 3, 30_000, 0, true, 30_000, null, 0, null);
        // Never started: nothing works the chats but this test.
        dispatcher = new ChatDispatcher(queue, null, new TelegramSender(bot), new SendRateLimiter(redis.template(), settings),
                settings, m -> { }, new SigapMetrics(registry));
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.stop();
        }
        bot.shutdown();
        api.close();
    }

    void startPoller(int limit, Duration longestWait) {
        poller = new TelegramPoller(bot, new UpdateIngest(queue, dispatcher, new SigapMetrics(registry)), queue, 1,
                Duration.ofSeconds(5), Duration.ofHours(12), limit, longestWait, registry);
        poller.start();
    }

    StringRedisTemplate template() {
        return redis.template();
    }

    /** Messages recorded and not processed, as the inboxes hold them. */
    long recorded(List<Long> chats) {
        return chats.stream().mapToLong(queue::inboxSize).sum();
    }

    long counter() {
        String value = template().opsForValue().get(BACKLOG);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** What a worker does to one message of the chat, replies left out: claim, commit the head, release. */
    String processOne(long chat) {
        String token = "worker:" + System.nanoTime();
        ChatQueue.Heads heads = queue.claim(chat, "worker", token, Duration.ofSeconds(10));
        assertThat(heads).isNotNull();
        String head = heads.inbox();
        if (head != null) {
            assertThat(queue.commit(chat, head, List.of(), token, Duration.ofSeconds(10)).committed()).isTrue();
        }
        queue.release(chat, token, true);
        return head == null ? null : queue.decode(head).text();
    }

    int getUpdatesCalls() {
        return api.calls("getUpdates").size();
    }

    @Test
    void noGetUpdatesWhileTheBacklogIsAtTheLimitAndPollingResumesAsWorkersBringItDown() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            chats.add(61_000L + c);
            api.sendText(61_000L + c, "pesan b" + c + "x");
        }
        // A wait far longer than the test: only the workers' progress lets the poller take more.
        startPoller(5, Duration.ofMinutes(5));
        api.await(Duration.ofSeconds(20), a -> recorded(chats) == 5, "the first five recorded");
        assertThat(counter()).isEqualTo(5);
        int calls = getUpdatesCalls();
        Thread.sleep(800);
        assertThat(getUpdatesCalls()).as("getUpdates calls while the backlog is at the limit").isEqualTo(calls);
        assertThat(recorded(chats)).isEqualTo(5);

        // Workers process three: the poller takes more (once two places are free, a quarter of the limit rounded up),
        // and never more than the limit.
        int processed = 0;
        List<String> texts = new ArrayList<>();
        for (long chat : chats) {
            if (processed < 3 && queue.inboxSize(chat) > 0) {
                texts.add(processOne(chat));
                processed++;
            }
        }
        api.await(Duration.ofSeconds(20), a -> recorded(chats) >= 4, "more recorded");
        Thread.sleep(300);
        assertThat(recorded(chats)).isBetween(4L, 5L);
        assertThat(counter()).isEqualTo(recorded(chats));

        // Workers go on until all twelve are processed, each once.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (texts.size() < 12 && System.nanoTime() < deadline) {
            boolean any = false;
            for (long chat : chats) {
                if (queue.inboxSize(chat) > 0) {
                    texts.add(processOne(chat));
                    any = true;
                }
            }
            if (!any) {
                Thread.sleep(20);
            }
            assertThat(recorded(chats)).isLessThanOrEqualTo(5);
        }
        assertThat(texts).hasSize(12).doesNotHaveDuplicates();
        assertThat(counter()).isZero();
        for (FakeBotApi.Call call : api.calls("getUpdates")) {
            assertThat(Integer.parseInt(call.params().get("limit"))).isBetween(1, 5);
        }
        api.await(Duration.ofSeconds(10), a -> a.confirmedOffset() > 0 && queue.offset() == a.confirmedOffset(),
                "the offset confirmed");
        assertThat(registry.find("sigap.telegram.poll.backlog.wait").timer().count()).isGreaterThan(0);
        assertThat(registry.find("sigap.telegram.poll.backlog.recounts").counter().count()).isZero();
    }

    @Test
    void aCounterThatDriftedTooHighDelaysPollingAtMostTheLongestWaitAndIsRecounted() throws Exception {
        // A chat left pending with an empty inbox (its outbox being sent, say), and a counter far too high.
        template().opsForSet().add(ChatQueue.PREFIX + "pending", "62999");
        template().opsForValue().set(BACKLOG, "1000");
        List<Long> chats = List.of(62_000L, 62_001L, 62_002L);
        chats.forEach(chat -> api.sendText(chat, "pesan"));
        startPoller(5, Duration.ofMillis(500));
        api.await(Duration.ofSeconds(20), a -> recorded(chats) == 3, "the updates recorded despite the counter");
        assertThat(counter()).isEqualTo(3);
        assertThat(registry.find("sigap.telegram.poll.backlog.recounts").counter().count()).isGreaterThanOrEqualTo(1);
        chats.forEach(this::processOne);
        assertThat(counter()).isZero();
    }

    @Test
    void aCounterLeftAboveZeroWithNoChatPendingIsSetBackAtOnce() throws Exception {
        template().opsForValue().set(BACKLOG, "1000");
        api.sendText(63_000L, "pesan");
        startPoller(5, Duration.ofMinutes(5));
        api.await(Duration.ofSeconds(20), a -> queue.inboxSize(63_000L) == 1, "the update recorded at once");
        assertThat(counter()).isEqualTo(1);
        assertThat(registry.find("sigap.telegram.poll.backlog.recounts").counter().count()).isZero();
    }

    @Test
    void twoInstancesWithASmallLimitAnswerEveryMessageOnceInOrder() throws Exception {
        try (FakeBotApi fake = new FakeBotApi();
             SigapCluster cluster = new SigapCluster(fake, "polling", Map.of(
                     "sigap.telegram.lift-rate-limits", true,
                     "sigap.telegram.poll-backlog", 4))) {
            cluster.start();
            cluster.start();
            int messages = 0;
            for (int round = 0; round < 5; round++) {
                for (int c = 0; c < 12; c++) {
                    fake.sendText(64_000 + c, "tanya s" + messages++ + "x");
                }
            }
            ScaleOutSharingTest.assertEachAnsweredOnce(fake, messages, cluster);
            // Per chat, answers in the order the messages were sent.
            Map<String, List<Integer>> order = new HashMap<>();
            for (FakeBotApi.Call call : fake.deliveredMessages()) {
                Matcher m = ScaleOutSharingTest.MARKER.matcher(call.text());
                if (m.find()) {
                    order.computeIfAbsent(call.params().get("chat_id"), k -> new ArrayList<>()).add(Integer.parseInt(m.group(1)));
                }
            }
            assertThat(order).hasSize(12);
            order.values().forEach(list -> assertThat(list).isSorted());
            for (FakeBotApi.Call call : fake.calls("getUpdates")) {
                assertThat(Integer.parseInt(call.params().get("limit"))).isBetween(1, 4);
            }
            StringRedisTemplate shared = cluster.instance(0).getBean(StringRedisTemplate.class);
            assertThat(shared.opsForValue().get(BACKLOG)).isEqualTo("0");
        }
    }
}
