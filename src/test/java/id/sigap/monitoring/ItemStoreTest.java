package id.sigap.monitoring;

import id.sigap.sentiment.Sentiment;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** save-item.lua on a real redis-server: a taken item is claimed and stored in one step, a saved one stored. */
class ItemStoreTest {

    static TestRedis redis;
    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    ItemStore store;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("item-store");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void clean() {
        redis.flush();
        store = new ItemStore(redis.template(), Duration.ofDays(7));
    }

    @Test
    void aNewItemIsClaimedForItsTextAndLinkAndStoredWithItsIndexes() {
        MonitoredItem first = item("a1", "http://portal.invalid/a", "warga-1");

        assertThat(store.claimAndSave(first, "hash-a", NOW, "chat:1:10")).isEmpty();

        assertThat(store.find("a1")).contains(first);
        assertThat(store.between(NOW.minusSeconds(3600), NOW)).containsExactly(first);
        assertThat(store.itemOfMessage("chat:1:10")).contains("a1");
        assertThat(redis.template().opsForSet().members(ItemStore.PREFIX + "author:warga-1")).containsExactly("a1");
        assertThat(redis.template().opsForValue().get(ItemStore.PREFIX + "seen:t:hash-a")).isEqualTo("a1");
        assertThat(redis.template().getExpire(ItemStore.PREFIX + "item:a1")).isPositive();
    }

    @Test
    void theSameTextOrTheSameLinkAgainGivesTheFirstItemAndWritesNothing() {
        store.claimAndSave(item("a1", "http://portal.invalid/a", null), "hash-a", NOW, null);

        assertThat(store.claimAndSave(item("b1", "http://portal.invalid/b", "warga-2"), "hash-a", NOW, "chat:1:11"))
                .contains("a1");
        assertThat(store.claimAndSave(item("c1", "http://www.portal.invalid/a/?utm_source=x", null), "hash-c", NOW,
                null)).contains("a1");

        assertThat(store.find("b1")).isEmpty();
        assertThat(store.find("c1")).isEmpty();
        assertThat(store.itemOfMessage("chat:1:11")).isEmpty();
        assertThat(redis.template().hasKey(ItemStore.PREFIX + "author:warga-2")).isFalse();
        assertThat(redis.template().hasKey(ItemStore.PREFIX + "seen:t:hash-c")).isFalse();
        assertThat(store.between(NOW.minusSeconds(3600), NOW)).extracting(MonitoredItem::id).containsExactly("a1");
    }

    @Test
    void aSavedItemIsStoredWithoutClaimingAnything() {
        MonitoredItem revised = item("a1", null, "warga-1");

        store.save(revised, NOW, "chat:1:12");

        assertThat(store.find("a1")).contains(revised);
        assertThat(store.itemOfMessage("chat:1:12")).contains("a1");
        assertThat(redis.template().keys(ItemStore.PREFIX + "seen:*")).isEmpty();
    }

    private static MonitoredItem item(String id, String link, String author) {
        return new MonitoredItem(id, SourceKind.FEED, "http://portal.invalid/rss", NOW.minusSeconds(60), link,
                "Air naik di " + id, null, Sentiment.NETRAL, 0.5, true, author);
    }
}
