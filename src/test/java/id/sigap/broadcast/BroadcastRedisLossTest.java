package id.sigap.broadcast;

import id.sigap.audit.AuditLog;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.RedisConnectionFailureException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Redis lost at the worst moments of one recipient's delivery, on a real Redis: the answer to a claim never
 * comes back (the claim was made), the shared rate limit cannot be reached before the message goes out, the
 * renewal after a failed try cannot be written. Each used to leave the recipient held by a sender that had
 * stopped, counted "interrupted" two minutes later and never sent. Now each is sent, once, and nothing is
 * interrupted; a message Telegram accepted whose outcome could not be written is still never sent again.
 */
class BroadcastRedisLossTest {

    static final long CLAIM_ANSWER_LOST = 7, LIMIT_UNREACHABLE = 8, RENEW_FAILS = 9;
    static final Area NORTH = new Area("utara", "Utara");

    static TestRedis redis;
    final Map<Long, Integer> received = new ConcurrentHashMap<>();
    final Set<Long> failedOnce = ConcurrentHashMap.newKeySet();
    BroadcastDelivery delivery;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("broadcast-redis-loss");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
    }

    @AfterEach
    void stopDelivery() {
        if (delivery != null) {
            delivery.stop();
        }
    }

    /** The store, with Redis lost once on the way back from one recipient's claim and once on another's renewal. */
    private BroadcastStore flakyStore() {
        return new BroadcastStore(redis.template()) {
            @Override
            java.util.Optional<Long> claim(Broadcast b, String owner, java.time.Instant now) {
                java.util.Optional<Long> chat = super.claim(b, owner, now);
                if (chat.isPresent() && chat.get() == CLAIM_ANSWER_LOST && failedOnce.add(-CLAIM_ANSWER_LOST)) {
                    throw new RedisConnectionFailureException("connection reset while reading the claim's answer");
                }
                return chat;
            }

            @Override
            void renew(String id, long chatId, String owner, java.time.Instant now) {
                if (chatId == RENEW_FAILS && failedOnce.add(-RENEW_FAILS)) {
                    throw new RedisConnectionFailureException("Redis went away before the renewal");
                }
                super.renew(id, chatId, owner, now);
            }
        };
    }

    private BroadcastTransport transport() {
        AtomicLong messageIds = new AtomicLong(100);
        return (chatId, update, paid) -> {
            if (chatId == LIMIT_UNREACHABLE && failedOnce.add(LIMIT_UNREACHABLE)) {
                throw new RedisConnectionFailureException("the shared rate limit is out of reach");
            }
            if (chatId == RENEW_FAILS && failedOnce.add(RENEW_FAILS)) {
                return BroadcastTransport.Delivery.transientFailure("server-error");
            }
            received.merge(chatId, 1, Integer::sum);
            return BroadcastTransport.Delivery.sent(messageIds.incrementAndGet());
        };
    }

    @Test
    void eachRecipientIsSentOnceAndNoneIsInterrupted() throws InterruptedException {
        BroadcastStore store = flakyStore();
        Subscriptions subscriptions = new Subscriptions(redis.template());
        for (long chat = 1; chat <= 20; chat++) {
            subscriptions.subscribe(chat, NORTH);
        }
        BroadcastSettings settings = new BroadcastSettings(List.of("Utara"), 2, false, 0, 3, Duration.ofHours(1),
                List.of(), Duration.ofMinutes(2));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("transport", transport());
        BroadcastService service = new BroadcastService(store, new Areas(settings), mock(AuditLog.class),
                beans.getBeanProvider(id.sigap.knowledge.LiveKnowledgeBase.class),
                beans.getBeanProvider(id.sigap.notice.CrisisNotices.class), mock(ApplicationEventPublisher.class),
                beans.getBeanProvider(Clock.class));
        delivery = new BroadcastDelivery(store, service, subscriptions, settings,
                beans.getBeanProvider(BroadcastTransport.class), beans.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class),
                beans.getBeanProvider(Clock.class));
        delivery.start();

        Broadcast draft = service.draft("editor", "Kabar resmi: air surut.", null, "utara", null, null);
        service.send("approver", draft.id());
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (service.find(draft.id()).orElseThrow().state() != Broadcast.State.DONE) {
            assertThat(System.nanoTime()).as("the broadcast finishes well before a lost claim would be reaped")
                    .isLessThan(until);
            Thread.sleep(50);
        }

        assertThat(failedOnce).as("every loss happened")
                .contains(-CLAIM_ANSWER_LOST, LIMIT_UNREACHABLE, -RENEW_FAILS, RENEW_FAILS);
        assertThat(received).hasSize(20).allSatisfy((chat, n) -> assertThat(n).as("chat " + chat).isEqualTo(1));
        Receipt receipt = service.receipt(draft.id());
        assertThat(receipt.sent()).isEqualTo(20);
        assertThat(receipt.interrupted()).isZero();
        assertThat(receipt.pending()).isZero();
    }

    @Test
    void onlyTheOwnersUnsentRecipientsGoBack() {
        BroadcastStore store = new BroadcastStore(redis.template());
        Subscriptions subscriptions = new Subscriptions(redis.template());
        for (long chat = 1; chat <= 3; chat++) {
            subscriptions.subscribe(chat, NORTH);
        }
        java.time.Instant now = java.time.Instant.parse("2026-12-05T02:00:00Z");
        Broadcast b = new Broadcast(store.nextId(), "Kabar", null, List.of("utara"), null, null, Broadcast.State.DRAFT,
                "editor", now, null, null, false, null, null, null);
        store.saveDraft(b);
        store.start(b, "approver", now);
        long mineUnsent = store.claim(b, "me", now).orElseThrow();
        long mineSent = store.claim(b, "me", now).orElseThrow();
        long others = store.claim(b, "other", now).orElseThrow();

        assertThat(store.releaseHeldBy(b.id(), "me", Set.of(mineSent))).isEqualTo(1);
        assertThat(store.claim(b, "again", now)).as("the unsent one is handed out again").contains(mineUnsent);
        assertThat(store.settle(b.id(), mineSent, "sent", "me", 5L, 0)).as("the sent one is still held").isTrue();
        assertThat(store.settle(b.id(), others, "sent", "other", 6L, 0)).as("another owner's is left alone").isTrue();
    }
}
