package id.sigap.conversation;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-chat lists kept in one Lua step each (push, trim, expiry), against a real redis-server. */
class CappedListTest {

    static TestRedis redis;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("capped-list");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void historyKeepsTheLastFiveOldestFirstAndExpires() {
        ChatHistory history = new ChatHistory(redis.template());
        for (int i = 1; i <= 7; i++) {
            history.add(IncomingMessage.text("telegram", i, 71, "pesan " + i));
        }
        assertThat(history.recent("telegram", 71)).containsExactly("pesan 3", "pesan 4", "pesan 5", "pesan 6", "pesan 7");
        Long ttl = redis.template().getExpire("sigap:conv:recent:telegram:71");
        assertThat(ttl).isBetween(86_000L, 86_400L);
    }

    @Test
    void historyRedactsAMessageWholeBeforeCuttingIt() {
        // Red team 2026-12: cut to 1,000 characters first, a NIK across the cut kept "3271011505" in the staff card.
        ChatHistory history = new ChatHistory(redis.template());
        String text = "jadwal imunisasi anak ".repeat(50).substring(0, ChatHistory.KEPT_CHARS - 10)
                + " 3271011505900021 mohon dibantu";
        history.add(IncomingMessage.text("telegram", 1, 76, text));

        assertThat(history.recent("telegram", 76)).singleElement().asString()
                .hasSizeLessThanOrEqualTo(ChatHistory.KEPT_CHARS).doesNotContainPattern("\\d{4}");
    }

    @Test
    void sentimentsKeepTheLastTenOldestFirst() {
        ChatHistory history = new ChatHistory(redis.template());
        for (int i = 1; i <= 12; i++) {
            history.addSentiment("telegram", 72, "l" + i);
        }
        assertThat(history.recentSentiments("telegram", 72)).hasSize(10).startsWith("l3").endsWith("l12");
        assertThat(redis.template().getExpire("sigap:conv:sentiment:telegram:72")).isPositive();
    }

    @Test
    void addingASentimentAfterTheRecentOnesReturnsWhatWasThereBeforeAndKeepsTheSameTen() {
        ChatHistory history = new ChatHistory(redis.template());
        assertThat(history.addSentimentAfterRecent("telegram", 74, "l1")).isEmpty();
        for (int i = 2; i <= 12; i++) {
            List<String> before = history.recentSentiments("telegram", 74);
            assertThat(history.addSentimentAfterRecent("telegram", 74, "l" + i)).isEqualTo(before);
        }
        assertThat(history.recentSentiments("telegram", 74)).hasSize(10).startsWith("l3").endsWith("l12");
        assertThat(redis.template().getExpire("sigap:conv:sentiment:telegram:74")).isBetween(86_000L, 86_400L);
    }

    @Test
    void aQuestionIsRereadOnlyWhileItIsStillTheLatest() {
        RedisRecentQuestions recent = new RedisRecentQuestions(redis.template());
        recent.remember("telegram", 77, "cara bikin nib");
        recent.remember("telegram", 77, "bisa online gk");
        recent.reread("telegram", 77, "bisa online gk", "cara bikin nib bisa online gk");
        assertThat(recent.recent("telegram", 77)).containsExactly("cara bikin nib bisa online gk", "cara bikin nib");

        // a newer message came in meanwhile (another instance): the older one is not written over it
        recent.remember("telegram", 77, "biayanya brp");
        recent.reread("telegram", 77, "bisa online gk", "tertimpa");
        assertThat(recent.recent("telegram", 77)).first().isEqualTo("biayanya brp");
        // nothing remembered (forgotten by /hapus or expired): nothing is written back
        recent.reread("telegram", 78, "tanya", "tanya dibaca");
        assertThat(redis.template().hasKey(RedisRecentQuestions.key("telegram", 78))).isFalse();
        assertThat(redis.template().getExpire(RedisRecentQuestions.key("telegram", 77))).isBetween(1_700L, 1_800L);
    }

    @Test
    void recentQuestionsKeepTheLastTurnsNewestFirstForHalfAnHour() {
        RedisRecentQuestions recent = new RedisRecentQuestions(redis.template());
        for (int i = 1; i <= 5; i++) {
            recent.remember("telegram", 73, "tanya " + i);
        }
        assertThat(recent.recent("telegram", 73)).containsExactly("tanya 5", "tanya 4", "tanya 3");
        assertThat(redis.template().getExpire(RedisRecentQuestions.key("telegram", 73))).isBetween(1_700L, 1_800L);
    }

    @Test
    void recentQuestionsReadThenRememberedInOneStepGiveWhatReadingThenRememberingGave() {
        RedisRecentQuestions recent = new RedisRecentQuestions(redis.template());
        assertThat(recent.recentThenRemember("telegram", 75, "tanya 1")).isEmpty();
        for (int i = 2; i <= 5; i++) {
            List<String> before = recent.recent("telegram", 75);
            assertThat(recent.recentThenRemember("telegram", 75, "tanya " + i)).isEqualTo(before);
        }
        assertThat(recent.recent("telegram", 75)).containsExactly("tanya 5", "tanya 4", "tanya 3");
        assertThat(redis.template().getExpire(RedisRecentQuestions.key("telegram", 75))).isBetween(1_700L, 1_800L);
    }
}
