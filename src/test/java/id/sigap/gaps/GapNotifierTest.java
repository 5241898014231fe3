package id.sigap.gaps;

import id.sigap.broadcast.BroadcastTransport;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.KnowledgeSettings;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.support.TestRedis;
import id.sigap.transcript.KnowledgeGaps.Asker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling the askers of an approved gap, on a real Redis with a stand-in channel: each outcome counted once,
 * nobody told twice however many workers run the same notice at once.
 */
class GapNotifierTest {

    private static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start("gap-notifier");
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    /** A channel that counts what it was given; chat 5 has blocked the bot, chat 6 fails twice before it works. */
    static final class Channel implements BroadcastTransport {
        final Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();
        final Map<Long, AtomicInteger> tries = new ConcurrentHashMap<>();
        final Map<Long, Reply> last = new ConcurrentHashMap<>();

        @Override
        public Delivery deliver(long chatId, Reply update, boolean paid) {
            int attempt = tries.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
            if (chatId == 5) {
                return Delivery.blocked();
            }
            if (chatId == 6 && attempt <= 2) {
                return Delivery.transientFailure("server-error");
            }
            sent.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
            last.put(chatId, update);
            return Delivery.sent(1L);
        }
    }

    @Test
    void eachAskerIsDealtWithOnceWithAReasonAndNobodyIsToldTwice(@TempDir Path kb) throws Exception {
        Files.writeString(kb.resolve("pasar.md"), """
                ---
                id: pasar-darurat
                title: Pasar darurat kelurahan
                status: approved
                source: https://example.go.id/pasar
                ---
                Pasar darurat buka lagi **Senin** pukul 07.00.

                <!-- lang: en -->
                The emergency market reopens on Monday at 07:00.
                """);
        LiveKnowledgeBase knowledge = LiveKnowledgeBase.standalone(new KnowledgeSettings(kb, false, null, null));
        Channel channel = new Channel();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("channel", channel);
        GapStore store = new GapStore(redis.template());
        GapSettings settings = new GapSettings(Duration.ofDays(7), 7, 3, null);
        Instant now = Instant.now();
        List<Asker> askers = List.of(
                new Asker("telegram", 1, now.minusSeconds(3600), false, "id"),
                new Asker("telegram", 2, now.minusSeconds(3600), true, "id"),
                new Asker("telegram", 3, now.minus(Duration.ofDays(10)), false, "id"),
                new Asker("web", 4, now.minusSeconds(3600), false, "id"),
                new Asker("telegram", 5, now.minusSeconds(3600), false, "id"),
                new Asker("telegram", 6, now.minusSeconds(3600), false, "en"),
                new Asker("telegram", 7, now.minusSeconds(3600), false, "id"));
        GapOrigin origin = store.saveOrigin(new GapOrigin("otest1", "pasar-darurat", List.of("gap-0000000001"), false,
                "editor", now, 1), askers);
        store.erase("telegram", 7);
        assertThat(store.takeOrigin("pasar-darurat")).contains(origin);
        assertThat(store.takeOrigin("pasar-darurat")).as("taken once").isEmpty();
        GapNotice notice = new GapNotice(origin, "approver", now, 2, "Pasar darurat kelurahan", false, Map.of());
        store.start(notice, store.askers(origin.id()).size(), origin.unknown() + store.erasedBefore(origin.id()));

        GapNotifier one = new GapNotifier(store, settings, knowledge, beans.getBeanProvider(BroadcastTransport.class));
        GapNotifier two = new GapNotifier(store, settings, knowledge, beans.getBeanProvider(BroadcastTransport.class));
        one.start();
        two.start();
        try {
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> one.tell(notice)),
                    CompletableFuture.runAsync(() -> two.tell(notice)), CompletableFuture.runAsync(() -> one.tell(notice))).join();
            one.tell(notice);
            // Each notifier's own worker takes notices too and may still be retrying a chat it claimed (chat 6
            // fails twice first): stopping it then would give that chat back uncounted, so wait until all are counted
            // and the notice is finished (the worker that settles the last asker finishes it just after).
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!store.find(origin.id()).map(GapNotice::done).orElse(false) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } finally {
            one.stop();
            two.stop();
        }

        assertThat(channel.sent).containsOnlyKeys(1L, 6L);
        assertThat(channel.sent.values()).allMatch(n -> n.get() == 1);
        assertThat(channel.tries.get(5L)).as("blocked: tried once").hasValue(1);
        assertThat(channel.tries.get(6L)).hasValue(3);
        assertThat(channel.last.get(1L).text()).contains("Sekarang sudah ada jawaban resminya", "Pasar darurat buka lagi Senin")
                .doesNotContain("**", "emergency market");
        assertThat(channel.last.get(1L).sourceUrl()).isEqualTo("https://example.go.id/pasar");
        assertThat(channel.last.get(6L).text()).contains("There is now an official answer", "The emergency market reopens");
        GapNotice done = store.find(origin.id()).orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.receipt()).containsExactlyInAnyOrderEntriesOf(Map.of("targeted", 8L, "sent", 2L, "blocked", 1L,
                "skipped:answered-by-staff", 1L, "skipped:outside-window", 1L, "skipped:other-channel", 1L,
                "skipped:deleted-data", 2L));
        assertThat(done.pending()).isZero();
        assertThat(redis.template().hasKey(GapStore.ASKERS + origin.id())).as("chats forgotten once done").isFalse();
    }
}
