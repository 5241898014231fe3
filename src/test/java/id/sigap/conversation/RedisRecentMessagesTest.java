package id.sigap.conversation;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A chat's last messages, for a danger told in pieces, against a real redis-server. */
class RedisRecentMessagesTest {

    static TestRedis redis;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("recent-messages");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void eachMessageGetsTheTwoBeforeItNewestFirstAndTheyExpireSoon() {
        RedisRecentMessages said = new RedisRecentMessages(redis.template());
        assertThat(said.beforeThenRemember("telegram", 81, "air masuk rumah")).isEmpty();
        assertThat(said.beforeThenRemember("telegram", 81, "udh sepinggang")).containsExactly("air masuk rumah");
        assertThat(said.beforeThenRemember("telegram", 81, "ada nenek sy gk bs jalan"))
                .containsExactly("udh sepinggang", "air masuk rumah");
        assertThat(said.beforeThenRemember("telegram", 81, "tolong"))
                .containsExactly("ada nenek sy gk bs jalan", "udh sepinggang");
        assertThat(redis.template().getExpire(RedisRecentMessages.key("telegram", 81)))
                .isBetween(RedisRecentMessages.TTL.toSeconds() - 60, RedisRecentMessages.TTL.toSeconds());
        // another chat reads nothing of this one
        assertThat(said.beforeThenRemember("telegram", 82, "halo")).isEmpty();
    }

    @Test
    void aHugeMessageIsCutAndTheChatsMessagesGoOnRequest() {
        RedisRecentMessages said = new RedisRecentMessages(redis.template());
        said.beforeThenRemember("telegram", 83, "x".repeat(50_000));
        assertThat(said.beforeThenRemember("telegram", 83, "lagi")).singleElement().asString()
                .hasSize(RedisRecentMessages.KEPT_CHARS);

        said.forget(new ChatDataDeletionRequested("telegram", 83));
        assertThat(redis.template().hasKey(RedisRecentMessages.key("telegram", 83))).isFalse();
    }

    @Test
    void aStoreThatIsAwayCostsOnlyTheReadingAcrossMessages() {
        TestRedis gone = TestRedis.start("recent-messages-gone");
        RedisRecentMessages said = new RedisRecentMessages(gone.template());
        gone.close();
        assertThat(said.beforeThenRemember("telegram", 84, "air masuk rumah")).isEmpty();
    }
}
