package id.sigap.phrasing;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposals in a real Redis: one per normalised text and entry, citizens counted once, /hapus, rejection, retention. */
class ProposalStoreTest {

    private static TestRedis redis;
    private ProposalStore store;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("phrasing-store");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
        store = new ProposalStore(redis.template(), new PhrasingSettings(30, Duration.ofHours(24), Duration.ofMinutes(15)));
    }

    @Test
    void theSameWordsAreOneProposalCountingEachCitizenOnce() {
        Instant t = Instant.parse("2026-12-01T08:00:00Z");
        assertThat(store.propose("e1", "Kapan jalan dibuka?", PhrasingSource.CHOICE, "telegram:1", t))
                .isEqualTo(ProposalStore.Outcome.NEW_CITIZEN);
        assertThat(store.propose("e1", "kapan  JALAN dibuka", PhrasingSource.THUMBS_UP, "telegram:1", t.plusSeconds(60)))
                .isEqualTo(ProposalStore.Outcome.ALREADY_COUNTED);
        store.propose("e1", "kapan jalan dibuka", PhrasingSource.STAFF_SUGGESTION, "telegram:2", t.plusSeconds(120));
        store.propose("e2", "kapan jalan dibuka", PhrasingSource.CHOICE, "telegram:3", t);

        List<Proposal> e1 = store.of("e1");
        assertThat(e1).hasSize(1);
        Proposal p = e1.getFirst();
        assertThat(p.text()).isEqualTo("Kapan jalan dibuka?");
        assertThat(p.citizens()).isEqualTo(2);
        assertThat(p.firstSeen()).isEqualTo(t);
        assertThat(p.lastSeen()).isEqualTo(t.plusSeconds(120));
        assertThat(p.sources()).containsExactlyInAnyOrder(PhrasingSource.values());
        assertThat(store.entries()).containsExactlyInAnyOrder("e1", "e2");
        Long ttl = redis.template().getExpire(ProposalStore.PREFIX + "p:e1:" + p.id());
        assertThat(ttl).as("kept for the retention period").isBetween(Duration.ofDays(30).toSeconds() - 60, Duration.ofDays(30).toSeconds());
    }

    @Test
    void deletingAChatTakesItOutAndDropsWhatOnlyItProposed() {
        Instant t = Instant.now();
        store.propose("e1", "shared words", PhrasingSource.CHOICE, "telegram:1", t);
        store.propose("e1", "shared words", PhrasingSource.CHOICE, "telegram:2", t);
        store.propose("e1", "only mine", PhrasingSource.THUMBS_UP, "telegram:1", t);
        assertThat(store.forgetChat("telegram:1")).isEqualTo(1);
        assertThat(store.of("e1")).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("shared words");
            assertThat(p.citizens()).isEqualTo(1);
        });
        assertThat(store.forgetChat("telegram:2")).isEqualTo(1);
        assertThat(store.of("e1")).isEmpty();
        assertThat(store.entries()).isEmpty();
        assertThat(redis.template().keys(ProposalStore.PREFIX + "*")).isEmpty();
    }

    @Test
    void aRejectedPhrasingIsNotProposedAgainAndAnAcceptedOneIsGone() {
        Instant t = Instant.now();
        store.propose("e1", "no thanks", PhrasingSource.CHOICE, "telegram:1", t);
        store.propose("e1", "yes please", PhrasingSource.CHOICE, "telegram:1", t);
        List<Proposal> both = store.of("e1");
        String no = both.stream().filter(p -> p.text().equals("no thanks")).findFirst().orElseThrow().id();
        String yes = both.stream().filter(p -> p.text().equals("yes please")).findFirst().orElseThrow().id();
        store.settle("e1", List.of(no), true);
        store.settle("e1", List.of(yes), false);
        assertThat(store.of("e1")).isEmpty();
        assertThat(store.propose("e1", "No thanks!", PhrasingSource.THUMBS_UP, "telegram:9", t))
                .isEqualTo(ProposalStore.Outcome.REJECTED_BEFORE);
        assertThat(store.of("e1")).isEmpty();
        assertThat(store.propose("e1", "yes please", PhrasingSource.THUMBS_UP, "telegram:9", t))
                .isEqualTo(ProposalStore.Outcome.NEW_CITIZEN);
    }

    @Test
    void anExpiredProposalLeavesTheIndexesWhenTheyAreRead() {
        store.propose("e1", "soon gone", PhrasingSource.CHOICE, "telegram:1", Instant.now());
        String id = store.of("e1").getFirst().id();
        redis.template().delete(ProposalStore.PREFIX + "p:e1:" + id);
        assertThat(store.of("e1")).isEmpty();
        assertThat(store.entries()).isEmpty();
    }

    @Test
    void anAcceptedProposalWaitsOutsideTheListCountsNewCitizensAndComesBackOnlyWhenItsDraftIsThrownAway() {
        Instant t = Instant.parse("2026-12-01T08:00:00Z");
        store.propose("e1", "kapan jalan dibuka", PhrasingSource.CHOICE, "telegram:1", t);
        store.propose("e1", "jalan kapan dibuka", PhrasingSource.CHOICE, "telegram:2", t);
        String first = store.of("e1").stream().filter(p -> p.text().equals("kapan jalan dibuka")).findFirst().orElseThrow().id();
        String second = store.of("e1").stream().filter(p -> p.text().equals("jalan kapan dibuka")).findFirst().orElseThrow().id();
        store.accept("e1", java.util.Map.of(first, "Kapan jalan dibuka?", second, "jalan kapan dibuka"), t.plusSeconds(60));
        assertThat(store.of("e1")).isEmpty();
        assertThat(store.entries()).doesNotContain("e1");

        // Asked again while in the draft: counted, still out of the list.
        assertThat(store.propose("e1", "kapan jalan dibuka", PhrasingSource.THUMBS_UP, "telegram:3", t.plusSeconds(90)))
                .isEqualTo(ProposalStore.Outcome.NEW_CITIZEN);
        assertThat(store.of("e1")).isEmpty();
        // The second one's only citizen deletes their data: it is gone for good.
        store.forgetChat("telegram:2");

        assertThat(store.returnAccepted("e1", t.plusSeconds(120))).isEqualTo(1);
        assertThat(store.of("e1")).singleElement().satisfies(p -> {
            assertThat(p.text()).as("worded as accepted").isEqualTo("Kapan jalan dibuka?");
            assertThat(p.citizens()).isEqualTo(2);
            assertThat(p.returnedAt()).isEqualTo(t.plusSeconds(120));
        });
        assertThat(store.entries()).contains("e1");
        assertThat(store.returnAccepted("e1", t.plusSeconds(180))).as("once").isZero();

        // Accepted again and approved: dropped, and nothing comes back later.
        store.accept("e1", java.util.Map.of(first, "Kapan jalan dibuka?"), t.plusSeconds(240));
        store.forgetAccepted("e1");
        assertThat(store.returnAccepted("e1", t.plusSeconds(300))).isZero();
        assertThat(store.of("e1")).isEmpty();
        assertThat(redis.template().hasKey(ProposalStore.PREFIX + "p:e1:" + first)).isFalse();
    }

    @Test
    void acceptingAProposalWhoseLastCitizenJustUsedHapusDoesNotBringItBack() {
        Instant t = Instant.parse("2026-12-01T08:00:00Z");
        store.propose("e1", "kapan jalan dibuka", PhrasingSource.CHOICE, "telegram:1", t);
        String id = store.of("e1").getFirst().id();
        store.forgetChat("telegram:1"); // the page the editor accepts from still showed it
        store.accept("e1", java.util.Map.of(id, "kapan jalan dibuka"), t.plusSeconds(60));
        assertThat(redis.template().hasKey(ProposalStore.PREFIX + "p:e1:" + id)).as("not recreated").isFalse();
        assertThat(store.returnAccepted("e1", t.plusSeconds(120))).isZero();
        assertThat(store.of("e1")).isEmpty();
    }
}
