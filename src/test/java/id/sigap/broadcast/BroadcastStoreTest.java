package id.sigap.broadcast;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery state in a real Redis: each recipient is handed out once, a recipient left in flight by a
 * dead instance is counted as interrupted and never handed out again, late unsubscribers are skipped,
 * expiry settles the rest, and a broadcast finishes only when nothing is left.
 */
class BroadcastStoreTest {

    static TestRedis redis;
    static BroadcastStore store;
    static Subscriptions subscriptions;
    static final Area NORTH = new Area("utara", "Utara"), SOUTH = new Area("selatan", "Selatan");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @BeforeAll
    static void start() {
        redis = TestRedis.start("broadcast-store");
        StringRedisTemplate template = redis.template();
        store = new BroadcastStore(template);
        subscriptions = new Subscriptions(template);
    }

    @BeforeEach
    void empty() {
        redis.flush();
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    private static Broadcast draft(List<String> areas) {
        Broadcast b = new Broadcast(store.nextId(), "Kabar", null, areas, null, null, Broadcast.State.DRAFT, "editor",
                NOW, null, null, false, null, null, null);
        store.saveDraft(b);
        return store.find(b.id()).orElseThrow();
    }

    @Test
    void eachRecipientIsHandedOutOnceAcrossOwners() {
        for (long chat = 1; chat <= 50; chat++) {
            subscriptions.subscribe(chat, chat % 2 == 0 ? NORTH : SOUTH);
        }
        subscriptions.subscribe(2, SOUTH); // in both: still one recipient
        subscriptions.subscribe(99, Area.ALL);
        Broadcast b = draft(List.of("utara", "selatan"));
        assertThat(store.start(b, "approver", NOW)).isEqualTo(51);
        assertThat(store.start(b, "approver", NOW)).as("only a draft starts").isEqualTo(-1);

        Set<Long> seen = new HashSet<>();
        Optional<Long> chat;
        int turn = 0;
        while ((chat = store.claim(b, "owner-" + (turn++ % 3), NOW)).isPresent()) {
            assertThat(seen.add(chat.get())).isTrue();
        }
        assertThat(seen).hasSize(51);
        assertThat(store.finish(b.id(), Broadcast.State.DONE, NOW)).as("51 still in flight").isFalse();
    }

    @Test
    void aRecipientLeftInFlightByADeadInstanceIsInterruptedNotSentAgain() {
        subscriptions.subscribe(1, NORTH);
        subscriptions.subscribe(2, NORTH);
        Broadcast b = draft(List.of("utara"));
        store.start(b, "approver", NOW);
        long dead = store.claim(b, "dead", NOW).orElseThrow();
        long alive = store.claim(b, "alive", NOW.plusSeconds(170)).orElseThrow();

        assertThat(store.reap(b.id(), NOW.plusSeconds(120))).isEqualTo(1);
        assertThat(store.settle(b.id(), dead, "sent", "dead", 5L, 60_000)).as("too late to count").isFalse();
        assertThat(store.settle(b.id(), alive, "sent", "alive", 6L, 60_000)).isTrue();
        assertThat(store.claim(b, "alive", NOW)).isEmpty();
        assertThat(store.finish(b.id(), Broadcast.State.DONE, NOW)).isTrue();

        Receipt r = store.receipt(b.id());
        assertThat(r.sent()).isEqualTo(1);
        assertThat(r.interrupted()).isEqualTo(1);
        assertThat(r.pending()).isZero();
        assertThat(store.lastDeliveredTo(alive)).contains(new BroadcastStore.Delivered(b.id(), 6L));
        assertThat(store.lastDeliveredTo(dead)).isEmpty();
    }

    @Test
    void lateUnsubscribersAreSkippedAndExpirySettlesTheRest() {
        for (long chat = 1; chat <= 10; chat++) {
            subscriptions.subscribe(chat, SOUTH);
        }
        Broadcast b = draft(List.of("selatan"));
        store.start(b, "approver", NOW);
        for (long chat = 1; chat <= 4; chat++) {
            subscriptions.unsubscribeAll(chat);
        }
        long first = store.claim(b, "me", NOW).orElseThrow();
        store.giveBack(b.id(), first, "me");
        Set<Long> handedOut = new HashSet<>();
        Optional<Long> chat;
        while ((chat = store.claim(b, "me", NOW)).isPresent()) {
            handedOut.add(chat.get());
            store.settle(b.id(), chat.get(), "sent", "me", null, 0);
        }
        assertThat(handedOut).as("the given-back one again, and never a late unsubscriber")
                .containsExactlyInAnyOrder(5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(store.receipt(b.id()).unsubscribed()).isEqualTo(4);

        Broadcast later = draft(List.of("selatan"));
        store.start(later, "approver", NOW);
        store.claim(later, "me", NOW).orElseThrow();
        assertThat(store.drain(later.id(), "expired")).isEqualTo(5);
        assertThat(store.finish(later.id(), Broadcast.State.DONE, NOW)).as("one still in flight").isFalse();
        Receipt r = store.receipt(later.id());
        assertThat(r.targeted()).isEqualTo(6);
        assertThat(r.expired()).isEqualTo(5);
        assertThat(r.pending()).isEqualTo(1);
    }

    @Test
    void subscriptionsStayConsistentBothWays() {
        subscriptions.subscribe(7, NORTH);
        subscriptions.subscribe(7, SOUTH);
        assertThat(subscriptions.total()).isEqualTo(1);
        subscriptions.unsubscribe(7, NORTH);
        assertThat(subscriptions.total()).isEqualTo(1);
        subscriptions.unsubscribe(7, SOUTH);
        assertThat(subscriptions.total()).isZero();
        assertThat(subscriptions.counts(List.of(NORTH, SOUTH))).containsValues(0L).doesNotContainValue(1L);
    }
}
