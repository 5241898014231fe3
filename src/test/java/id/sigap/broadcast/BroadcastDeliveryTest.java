package id.sigap.broadcast;

import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.FakeBotApi.Call;
import id.sigap.telegram.SigapCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Official updates end to end through the real Telegram client and a fake Bot API, on Sigap instances
 * sharing one real Redis: a citizen subscribes with the area buttons; an approver sends an editor's update
 * to 2,000 generated subscribers of two areas while ordinary chats keep asking; the instance sending it is
 * stopped halfway and another takes over. Exactly the subscribers of those areas get it, once; a citizen
 * who blocked the bot is unsubscribed; replies keep flowing during the broadcast.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BroadcastDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final long STAFF_CHAT = -100777, APPROVER = 4242;
    static final long SANGKARA = 100_000, BATU_SARI = 101_000, LEMBAH = 102_000, CHATTY = 103_000;
    static final String MARK = "Kabar resmi";

    static FakeBotApi api;
    static SigapCluster cluster;
    static final Map<Long, Integer> updatesPerChat = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        api = new FakeBotApi();
        api.listen(call -> {
            if (call.method().equals("sendmessage") && call.status() == 200 && call.text().contains(MARK)) {
                updatesPerChat.merge(Long.parseLong(call.params().get("chat_id")), 1, Integer::sum);
            }
        });
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("sigap.staff-chat-id", STAFF_CHAT);
        extra.put("sigap.staff-user-ids", APPROVER);
        extra.put("sigap.broadcast.approver-user-ids", APPROVER);
        // Faster than Telegram's 30/s so that the test is short; still a shared, enforced limit.
        extra.put("sigap.telegram.global-per-second", 250);
        extra.put("sigap.broadcast.senders", 8);
        cluster = new SigapCluster(api, "polling", extra);
        cluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        api.close();
    }

    static <T> T bean(Class<T> type) {
        for (int i = cluster.size() - 1; i >= 0; i--) {
            if (cluster.running(i)) {
                return cluster.instance(i).getBean(type);
            }
        }
        throw new IllegalStateException("no instance running");
    }

    @Test
    @Order(1)
    void aCitizenSubscribesWithTheAreaButtonsAndCanStop() {
        long chat = 7001;
        api.sendText(chat, "/langganan");
        api.await(WAIT, a -> a.delivered(chat).stream().anyMatch(c -> c.params().getOrDefault("reply_markup", "")
                .contains("sub:kota-sangkara")), "the area buttons");
        assertThat(bean(Subscriptions.class).areasOf(chat)).as("nobody is subscribed before pressing").isEmpty();

        api.sendCallback(chat, "sub:kota-sangkara");
        api.await(WAIT, a -> a.calls("editMessageReplyMarkup").stream().anyMatch(c -> c.params().get("reply_markup")
                .contains("✅ Kota Sangkara")), "the buttons showing the subscription");
        api.await(WAIT, a -> a.calls("answerCallbackQuery").stream().anyMatch(c -> c.params().getOrDefault("text", "")
                .contains("Berlangganan: Kota Sangkara")), "the confirmation notice");
        api.sendCallback(chat, "sub:ok");
        api.await(WAIT, a -> a.delivered(chat).stream().anyMatch(c -> c.text().contains("Anda berlangganan kabar resmi untuk: Kota Sangkara")),
                "the confirmation message");
        assertThat(bean(Subscriptions.class).areasOf(chat)).containsExactly("kota-sangkara");

        // Forged area data changes nothing.
        api.sendCallback(chat, "sub:kota-atlantis");
        api.await(WAIT, a -> a.calls("answerCallbackQuery").stream().anyMatch(c -> c.params().getOrDefault("text", "")
                .contains("tidak tersedia")), "the refusal");

        long leaver = 7002;
        api.sendCallback(leaver, "sub:kota-batu-sari");
        api.await(WAIT, a -> bean(Subscriptions.class).areasOf(leaver).contains("kota-batu-sari"), "second subscription");
        api.sendText(leaver, "/berhenti");
        api.await(WAIT, a -> a.delivered(leaver).stream().anyMatch(c -> c.text().contains("sudah berhenti berlangganan")),
                "the unsubscribe confirmation");
        assertThat(bean(Subscriptions.class).areasOf(leaver)).isEmpty();
    }

    @Test
    @Order(2)
    void anApprovedUpdateReachesExactlyTheSubscribersOfItsAreasOnceThroughARestart() throws Exception {
        Subscriptions subscriptions = bean(Subscriptions.class);
        Areas areas = bean(Areas.class);
        Area sangkara = areas.find("kota-sangkara").orElseThrow();
        Area batuSari = areas.find("kota-batu-sari").orElseThrow();
        Area lembah = areas.find("kabupaten-lembah-hijau").orElseThrow();
        Set<Long> targets = new HashSet<>(Set.of(7001L));
        for (int i = 0; i < 1000; i++) {
            subscriptions.subscribe(SANGKARA + i, sangkara);
            subscriptions.subscribe(BATU_SARI + i, batuSari);
            targets.add(SANGKARA + i);
            targets.add(BATU_SARI + i);
        }
        for (int i = 0; i < 20; i++) {
            subscriptions.subscribe(SANGKARA + i, batuSari); // in both areas: still one message
        }
        for (int i = 0; i < 300; i++) {
            subscriptions.subscribe(LEMBAH + i, lembah); // another area: nothing
        }
        Set<Long> blocked = Set.of(SANGKARA + 500, SANGKARA + 501, BATU_SARI + 7);
        blocked.forEach(api::block);

        BroadcastService service = bean(BroadcastService.class);
        Broadcast draft = service.draft("editor1", "Air Sungai Tirta naik. Warga bantaran segera menuju posko terdekat.",
                null, "kota-sangkara,kota-batu-sari", null, null);
        assertThatThrownBy(() -> service.send("editor1", draft.id())).as("four eyes")
                .hasMessageContaining("penyetuju lain");
        assertThat(updatesPerChat).isEmpty();

        long started = System.nanoTime();
        Receipt first = service.send("approver1", draft.id());
        assertThat(first.targeted()).isEqualTo(2001);

        // Ordinary chats ask while the update goes out; each question's answer time is measured.
        Map<Long, Long> asked = new ConcurrentHashMap<>();
        Map<Long, Long> answered = new ConcurrentHashMap<>();
        api.listen(call -> {
            if (call.method().equals("sendmessage") && call.status() == 200 && call.text().startsWith("jawaban: ")) {
                long chat = Long.parseLong(call.params().get("chat_id"));
                answered.putIfAbsent(chat, System.nanoTime());
            }
        });
        api.await(WAIT, a -> updatesPerChat.size() >= 200, "the broadcast under way");
        for (int i = 0; i < 30; i++) {
            asked.put(CHATTY + i, System.nanoTime());
            api.sendText(CHATTY + i, "jam berapa posko buka " + i);
            Thread.sleep(30);
        }
        api.await(WAIT, a -> updatesPerChat.size() >= 900, "half the broadcast");
        int beforeRestart = updatesPerChat.size();
        cluster.stop(0);
        cluster.start();

        api.await(Duration.ofSeconds(90), a -> bean(BroadcastService.class).find(draft.id()).orElseThrow().state()
                == Broadcast.State.DONE, "the broadcast finished");
        double seconds = (System.nanoTime() - started) / 1e9;
        Receipt receipt = bean(BroadcastService.class).receipt(draft.id());
        System.out.printf("broadcast: %d targeted, %d sent, %d blocked in %.1f s (%d before the restart)%n",
                receipt.targeted(), receipt.sent(), receipt.blocked(), seconds, beforeRestart);

        Set<Long> shouldGet = new HashSet<>(targets);
        shouldGet.removeAll(blocked);
        assertThat(updatesPerChat.keySet()).as("exactly the subscribers of the two areas").isEqualTo(shouldGet);
        assertThat(updatesPerChat.values()).as("each once, through the restart").allMatch(n -> n == 1);
        assertThat(receipt.sent()).isEqualTo(shouldGet.size());
        assertThat(receipt.blocked()).isEqualTo(blocked.size());
        assertThat(receipt.interrupted()).isZero();
        assertThat(receipt.pending()).isZero();
        for (long chat : blocked) {
            assertThat(bean(Subscriptions.class).areasOf(chat)).as("a 403 unsubscribes").isEmpty();
        }
        assertThat(bean(Subscriptions.class).areasOf(LEMBAH)).containsExactly("kabupaten-lembah-hijau");

        // Replies kept flowing: every question answered, and answered while the broadcast was still running.
        api.await(WAIT, a -> answered.keySet().containsAll(asked.keySet()), "every ordinary question answered");
        List<Long> waits = new ArrayList<>();
        asked.forEach((chat, at) -> waits.add((answered.get(chat) - at) / 1_000_000));
        waits.sort(Long::compare);
        long lastAnswer = answered.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long broadcastEnd = started + (long) (seconds * 1e9);
        System.out.println("reply latency during the broadcast (ms): p50 " + waits.get(waits.size() / 2) + ", max "
                + waits.getLast());
        assertThat(lastAnswer).as("answers did not wait for the broadcast to end").isLessThan(broadcastEnd);
    }

    @Test
    @Order(3)
    void redisGoingAwayInTheMiddleLosesAndRepeatsNothing() throws Exception {
        updatesPerChat.clear();
        BroadcastService service = bean(BroadcastService.class);
        Broadcast draft = service.draft("editor1", "Kabar resmi kedua: air mulai surut di Kota Sangkara.", null,
                "kota-sangkara", null, null);
        Receipt first = service.send("approver1", draft.id());
        api.await(WAIT, a -> updatesPerChat.size() >= 300, "the second broadcast under way");
        cluster.stopRedis();
        Thread.sleep(3_000);
        cluster.startRedis();
        api.await(Duration.ofSeconds(120), a -> bean(BroadcastService.class).find(draft.id()).orElseThrow().state()
                == Broadcast.State.DONE, "the second broadcast finished");
        Receipt receipt = bean(BroadcastService.class).receipt(draft.id());
        System.out.printf("broadcast through a Redis outage: %d targeted, %d sent, %d blocked, %d interrupted%n",
                receipt.targeted(), receipt.sent(), receipt.blocked(), receipt.interrupted());
        assertThat(updatesPerChat.values()).as("nobody twice").allMatch(n -> n == 1);
        assertThat(receipt.sent()).as("every message sent is counted").isEqualTo(updatesPerChat.size());
        assertThat(receipt.sent() + receipt.blocked() + receipt.interrupted()).isEqualTo(first.targeted());
        assertThat(receipt.interrupted()).as("deliveries recorded once Redis is back").isZero();
    }

    @Test
    @Order(4)
    void anApproverStopsAnUpdateWhileItGoesOut() throws Exception {
        updatesPerChat.clear();
        BroadcastService service = bean(BroadcastService.class);
        Broadcast draft = service.draft("editor1", "Kabar resmi ketiga: uji penghentian.", null, "kota-batu-sari", null, null);
        Receipt first = service.send("approver1", draft.id());
        api.await(WAIT, a -> updatesPerChat.size() >= 100, "the third broadcast under way");
        service.cancel("approver1", draft.id());
        api.await(WAIT, a -> bean(BroadcastService.class).find(draft.id()).orElseThrow().state() == Broadcast.State.CANCELLED,
                "the broadcast stopped");
        int sentWhenStopped = updatesPerChat.size();
        Thread.sleep(1_000);
        Receipt receipt = bean(BroadcastService.class).receipt(draft.id());
        assertThat(updatesPerChat.size()).as("nothing more after the stop").isEqualTo(sentWhenStopped);
        assertThat(receipt.sent()).isEqualTo(sentWhenStopped);
        assertThat(receipt.stopped()).isPositive();
        assertThat(receipt.settled()).isEqualTo(first.targeted());
    }

    @Test
    @Order(5)
    void aTooManyRequestsAnswerPausesTheSendersForAsLongAsTelegramAsks() {
        updatesPerChat.clear();
        BroadcastService service = bean(BroadcastService.class);
        Broadcast draft = service.draft("editor1", "Kabar resmi keempat: uji batas Telegram.", null, "kabupaten-lembah-hijau",
                null, null);
        api.failNext("sendMessage", 2, 429, 1);
        service.send("approver1", draft.id());
        api.await(Duration.ofSeconds(60), a -> bean(BroadcastService.class).find(draft.id()).orElseThrow().state()
                == Broadcast.State.DONE, "the fourth broadcast finished");
        Receipt receipt = bean(BroadcastService.class).receipt(draft.id());
        assertThat(receipt.sent()).isEqualTo(300);
        assertThat(updatesPerChat).hasSize(300).allSatisfy((chat, n) -> assertThat(n).isEqualTo(1));
        List<Call> calls = api.calls("sendMessage");
        long firstRefusal = calls.stream().filter(c -> c.status() == 429).mapToLong(Call::atNanos).min().orElseThrow();
        long acceptedInThePause = calls.stream().filter(c -> c.status() == 200 && c.atNanos() > firstRefusal
                && c.atNanos() < firstRefusal + 900_000_000L).count();
        assertThat(acceptedInThePause).as("retry_after 1 s honoured: at most the calls already under way (8 senders)")
                .isLessThanOrEqualTo(8);
    }
}
