package id.sigap.gaps;

import id.sigap.broadcast.BroadcastTransport;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.KnowledgeSettings;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.support.TestRedis;
import id.sigap.transcript.KnowledgeGaps.Asker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims on askers as leases, with two notifiers on one real Redis: stopping in the middle of retries gives the
 * asker back (never counted failed) and the other instance tells it; two notifiers racing on one notice tell each
 * asker once and the notice is done only after the last send; a claim left by a crashed notifier is taken over
 * after it expires, and an asker whose send was acknowledged is never sent again after a takeover.
 */
class GapNotifierLeaseTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static TestRedis redis;

    @TempDir
    static Path kb;

    private final List<GapNotifier> started = new ArrayList<>();
    private final List<CountDownLatch> holds = new ArrayList<>();
    private GapStore store;
    private LiveKnowledgeBase knowledge;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = TestRedis.start("gap-notifier-lease");
        Files.writeString(kb.resolve("pasar.md"), """
                ---
                id: pasar-darurat
                title: Pasar darurat kelurahan
                status: approved
                source: https://example.go.id/pasar
                ---
                Pasar darurat buka lagi Senin pukul 07.00.
                """);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void fresh() {
        redis.flush();
        store = new GapStore(redis.template());
        knowledge = LiveKnowledgeBase.standalone(new KnowledgeSettings(kb, false, null, null));
    }

    @AfterEach
    void stopAll() {
        holds.forEach(CountDownLatch::countDown);
        started.forEach(GapNotifier::stop);
    }

    /** A channel that records every message, and can fail or hold chosen chats. */
    static final class Channel implements BroadcastTransport {
        final Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();
        final Map<Long, AtomicInteger> tries = new ConcurrentHashMap<>();
        final Map<Long, Long> firstSentAt = new ConcurrentHashMap<>();
        final Map<Long, Boolean> failing = new ConcurrentHashMap<>();
        final Map<Long, CountDownLatch> holding = new ConcurrentHashMap<>();
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public Delivery deliver(long chatId, Reply update, boolean paid) {
            tries.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
            if (failing.containsKey(chatId)) {
                return Delivery.transientFailure("server-error");
            }
            CountDownLatch hold = holding.get(chatId);
            if (hold != null) {
                entered.countDown();
                try {
                    hold.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            firstSentAt.putIfAbsent(chatId, System.nanoTime());
            sent.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
            return Delivery.sent(1L);
        }

        int sent(long chatId) {
            AtomicInteger n = sent.get(chatId);
            return n == null ? 0 : n.get();
        }
    }

    private GapNotice notice(String originId, long... chats) {
        Instant now = Instant.now();
        List<Asker> askers = LongStream.of(chats).mapToObj(c -> new Asker("telegram", c, now.minusSeconds(600), false, "id"))
                .toList();
        GapOrigin origin = store.saveOrigin(new GapOrigin(originId, "pasar-darurat", List.of("gap-00000000aa"), false,
                "editor", now, 0), askers);
        store.takeOrigin("pasar-darurat");
        GapNotice notice = new GapNotice(origin, "approver", now, 2, "Pasar darurat kelurahan", false, Map.of());
        store.start(notice, askers.size(), 0);
        return notice;
    }

    private GapNotifier notifier(Channel channel, Duration lease, int attempts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("channel", channel);
        GapNotifier n = new GapNotifier(store, new GapSettings(Duration.ofDays(7), 7, attempts, lease), knowledge,
                beans.getBeanProvider(BroadcastTransport.class));
        n.start();
        started.add(n);
        return n;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(until);
            Thread.sleep(20);
        }
    }

    private GapNotice find(GapNotice notice) {
        return store.find(notice.origin().id()).orElseThrow();
    }

    private boolean leased(GapNotice notice, long chat) {
        return Boolean.TRUE.equals(redis.template().hasKey(GapStore.LEASE + notice.origin().id() + ":telegram:" + chat));
    }

    @Test
    void aNotifierStoppedWhileRetryingGivesTheAskerBackAndTheOtherInstanceTellsIt() throws Exception {
        GapNotice notice = notice("olease1", 10);
        Channel failing = new Channel();
        failing.failing.put(10L, true);
        GapNotifier one = notifier(failing, Duration.ofSeconds(30), 5);
        await("the first notifier is retrying", () -> failing.tries.getOrDefault(10L, new AtomicInteger()).get() >= 2);

        one.stop();

        GapNotice afterStop = find(notice);
        assertThat(afterStop.receipt()).as("given back, never counted failed").containsExactlyEntriesOf(Map.of("targeted", 1L));
        assertThat(afterStop.pending()).isEqualTo(1);
        assertThat(afterStop.done()).isFalse();
        assertThat(leased(notice, 10)).as("the claim was released, not left to expire").isFalse();

        Channel working = new Channel();
        GapNotifier two = notifier(working, Duration.ofSeconds(30), 5);
        two.tell(notice);
        // the second notifier's own loop may hold the asker while this call passes it by: wait for whichever deals with it
        await("the second notifier finished the notice", () -> find(notice).done());

        GapNotice done = find(notice);
        assertThat(working.sent(10)).isEqualTo(1);
        assertThat(failing.sent(10)).isZero();
        assertThat(done.done()).isTrue();
        assertThat(done.receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 1L, "sent", 1L));
        assertThat(done.pending()).isZero();
    }

    @Test
    void twoNotifiersRacingTellEachAskerOnceAndTheNoticeIsDoneOnlyAfterTheLastSend() throws Exception {
        long[] chats = LongStream.rangeClosed(100, 119).toArray();
        GapNotice notice = notice("olease2", chats);
        // One channel for both, so "once" is counted across instances; whoever takes chat 119 is held in the send
        // for longer than several leases: the heartbeat must keep the lease, and nobody may finish meanwhile.
        Channel channel = new Channel();
        CountDownLatch release = new CountDownLatch(1);
        holds.add(release);
        channel.holding.put(119L, release);
        Duration lease = Duration.ofSeconds(1);
        GapNotifier one = notifier(channel, lease, 3);
        GapNotifier two = notifier(channel, lease, 3);
        AtomicReference<Integer> sentWhenDone = new AtomicReference<>();
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (find(notice).done()) {
                    sentWhenDone.set(channel.sent.values().stream().mapToInt(AtomicInteger::get).sum());
                    return;
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        assertThat(channel.entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        await("every other asker told", () -> find(notice).count("sent") == 19);
        long heldSince = System.nanoTime();
        while (System.nanoTime() - heldSince < lease.multipliedBy(4).toNanos()) {
            one.tell(notice);
            two.tell(notice);
            assertThat(find(notice).done()).as("not done while a send is in flight").isFalse();
            Thread.sleep(50);
        }
        assertThat(leased(notice, 119)).as("the lease is renewed while the send lasts").isTrue();
        release.countDown();
        await("done", () -> find(notice).done());
        watcher.join(WAIT);

        for (long chat : chats) {
            assertThat(channel.sent(chat)).as("chat %d", chat).isEqualTo(1);
        }
        assertThat(sentWhenDone.get()).as("every message was out when the notice became done").isEqualTo(20);
        GapNotice done = find(notice);
        assertThat(done.receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 20L, "sent", 20L));
        assertThat(redis.template().keys("sigap:gaps:lease:*")).isEmpty();
        assertThat(redis.template().keys("sigap:gaps:sending:*")).isEmpty();
        assertThat(redis.template().hasKey(GapStore.DEALT + notice.origin().id())).as("chats forgotten").isFalse();
    }

    @Test
    void aClaimLeftByACrashedNotifierIsTakenOverAfterItExpiresAndSentOnce() throws Exception {
        GapNotice notice = notice("olease3", 200, 201);
        String id = notice.origin().id();
        // The crashed notifier claimed chat 200 and was about to send when it died: nothing renews it any more.
        long crashedAt = System.nanoTime();
        assertThat(store.claim(id, "telegram:200", "dead:1", Duration.ofSeconds(1))).isEqualTo(GapStore.Claim.TAKEN);
        assertThat(store.beginSend(id, "telegram:200", "dead:1", Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isEqualTo(1);
        Channel channel = new Channel();
        GapNotifier survivor = notifier(channel, Duration.ofMillis(500), 3);

        await("the free asker told", () -> channel.sent(201) == 1);
        survivor.tell(notice);
        assertThat(find(notice).done()).as("not done while a claim lives").isFalse();
        await("the abandoned asker told", () -> {
            survivor.tell(notice);
            return find(notice).done();
        });

        assertThat(channel.sent(200)).isEqualTo(1);
        assertThat(channel.sent(201)).isEqualTo(1);
        assertThat(channel.firstSentAt.get(200L) - crashedAt).as("not before the crashed attempt's mark expired")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(find(notice).receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 2L, "sent", 2L));
    }

    @Test
    void anAskerWhoseSendWasAcknowledgedIsNeverSentAgainAfterATakeover() throws Exception {
        GapNotice notice = notice("olease4", 300);
        String id = notice.origin().id();
        String chat = "telegram:300";
        // A notifier stalled in its send: its lease ran out, but its attempt mark still fences the send.
        assertThat(store.claim(id, chat, "stalled:1", Duration.ofSeconds(1))).isEqualTo(GapStore.Claim.TAKEN);
        assertThat(store.beginSend(id, chat, "stalled:1", Duration.ofSeconds(1), Duration.ofSeconds(20))).isEqualTo(1);
        Channel channel = new Channel();
        notifier(channel, Duration.ofMillis(500), 3);
        await("the expired lease taken over", () -> {
            String holder = redis.template().opsForValue().get(GapStore.LEASE + id + ":" + chat);
            return holder != null && !holder.equals("stalled:1");
        });
        Thread.sleep(300);
        assertThat(channel.tries).as("the new holder waits for the stalled attempt").isEmpty();

        // Telegram took the stalled notifier's message; it records that, although its lease is gone.
        assertThat(store.settle(id, chat, "stalled:1", "sent", true)).isTrue();

        await("done", () -> find(notice).done());
        assertThat(channel.tries).as("never sent again").isEmpty();
        assertThat(find(notice).receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 1L, "sent", 1L));
        assertThat(redis.template().keys("sigap:gaps:lease:*")).isEmpty();
    }

    @Test
    void aLiveNotifierThatLostItsLeaseMidSendKeepsTheOtherFromSendingAgain() throws Exception {
        GapNotice notice = notice("olease5", 400);
        String id = notice.origin().id();
        Channel slow = new Channel();
        CountDownLatch release = new CountDownLatch(1);
        holds.add(release);
        slow.holding.put(400L, release);
        Duration lease = Duration.ofMillis(500);
        GapNotifier one = notifier(slow, lease, 3);
        assertThat(slow.entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // As if the lease had expired while the first notifier was stalled in the Bot API call.
        redis.template().delete(GapStore.LEASE + id + ":telegram:400");
        Channel other = new Channel();
        GapNotifier two = notifier(other, lease, 3);
        await("the second notifier took the lease", () -> leased(notice, 400));
        Thread.sleep(lease.toMillis());
        assertThat(other.tries).as("fenced by the first one's attempt mark").isEmpty();

        release.countDown();
        await("done", () -> {
            two.tell(notice);
            return find(notice).done();
        });

        assertThat(slow.sent(400)).isEqualTo(1);
        assertThat(other.tries).isEmpty();
        assertThat(find(notice).receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 1L, "sent", 1L));
        one.stop();
        assertThat(redis.template().keys("sigap:gaps:*ing:*")).isEmpty();
        assertThat(redis.template().keys("sigap:gaps:lease:*")).isEmpty();
    }

    @Test
    void deletingDataWhileASendIsInFlightCountsTheAskerOnceAndNothingIsSentAfter() throws Exception {
        GapNotice notice = notice("olease6", 500, 501);
        Channel channel = new Channel();
        CountDownLatch release = new CountDownLatch(1);
        holds.add(release);
        channel.holding.put(500L, release);
        notifier(channel, Duration.ofMillis(500), 3);
        assertThat(channel.entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        store.erase("telegram", 500);
        store.erase("telegram", 500);
        assertThat(find(notice).done()).as("not done while the send is in flight").isFalse();
        release.countDown();
        await("done", () -> find(notice).done());

        assertThat(channel.sent(500)).as("the send already under way went out, nothing more").isEqualTo(1);
        assertThat(channel.sent(501)).isEqualTo(1);
        assertThat(find(notice).receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 2L, "sent", 1L,
                "skipped:deleted-data", 1L));
    }
}
