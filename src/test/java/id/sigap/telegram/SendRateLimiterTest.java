package id.sigap.telegram;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared send budget in a real Redis: emergencies come before replies, replies before broadcast messages. */
class SendRateLimiterTest {

    static TestRedis redis;
    static SendRateLimiter limiter;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("rate-limiter");
        TelegramSettings settings = new TelegramSettings("t", null, null, null, null, 0, 10, 1, 3, 20, 0, 0, 0, false, 0, null, 0, null);
        // A long grace so that the test does not depend on how soon a sleeping thread wakes on a busy machine.
        limiter = new SendRateLimiter(redis.template(), settings, 400);
    }

    @org.junit.jupiter.api.BeforeEach
    void fullBuckets() {
        redis.flush();
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    private static OutgoingMessage replyTo(long chat) {
        return OutgoingMessage.message(chat, "jawaban", null, null, null, null);
    }

    @Test
    void aWaitingReplyHoldsBackBroadcastsUntilItHasBeenSent() throws InterruptedException {
        // A broadcast message takes the one token of the overall bucket (10 a second).
        assertThat(limiter.tryTakeForBroadcast(501, false, 0)).isZero();
        // A reply now has to wait for the next token, and says so.
        long replyWait = limiter.tryTake(replyTo(601));
        assertThat(replyWait).isPositive();
        Thread.sleep(replyWait + 5);
        // The token has come back, but a broadcast may not take it while the reply is waiting for it...
        assertThat(limiter.tryTakeForBroadcast(502, false, 0)).as("replies first").isPositive();
        // ...the reply takes it.
        assertThat(limiter.tryTake(replyTo(601))).isZero();
    }

    @Test
    void withoutWaitingRepliesBroadcastsUseTheWholeBudget() throws InterruptedException {
        int taken = 0;
        long deadline = System.currentTimeMillis() + 1_000;
        while (System.currentTimeMillis() < deadline) {
            long wait = limiter.tryTakeForBroadcast(1_000 + taken, false, 0);
            if (wait == 0) {
                taken++;
            } else {
                Thread.sleep(wait);
            }
        }
        assertThat(taken).as("about 10 in a second (fewer when this machine is busy), never more than 11").isBetween(5, 11);
    }

    @Test
    void aReplyWaitingOnlyForItsOwnChatDoesNotHoldBackBroadcasts() throws InterruptedException {
        long chat = 777;
        for (int i = 0; i < 3; i++) {
            // The chat's burst of 3, paced so that the overall budget (10 a second) is never short.
            assertThat(limiter.tryTake(replyTo(chat))).isZero();
            Thread.sleep(110);
        }
        assertThat(limiter.tryTake(replyTo(chat))).as("the chat's own limit").isPositive();
        assertThat(limiter.tryTakeForBroadcast(778, false, 0)).as("other chats' updates go on").isZero();
    }

    @Test
    void aTooManyRequestsPauseHoldsBackBroadcastsButNotReplies() {
        limiter.pauseBroadcasts(1_000);
        assertThat(limiter.tryTakeForBroadcast(901, false, 0)).isBetween(1L, 1_000L);
        assertThat(limiter.tryTake(replyTo(902))).isZero();
    }

    @Test
    void aWaitingEmergencyHoldsBackRepliesAndBroadcastsUntilItHasBeenSent() throws InterruptedException {
        assertThat(limiter.tryTake(replyTo(611))).isZero();
        OutgoingMessage emergency = replyTo(612).asUrgent();
        long urgentWait = limiter.tryTake(emergency);
        assertThat(urgentWait).isPositive();
        Thread.sleep(urgentWait + 5);
        // The token has come back; neither a reply nor a broadcast may take it while the emergency waits.
        assertThat(limiter.tryTake(replyTo(613))).as("emergencies before replies").isPositive();
        assertThat(limiter.tryTakeForBroadcast(614, false, 0)).as("and before broadcasts").isPositive();
        assertThat(limiter.tryTake(emergency)).isZero();
    }

    @Test
    void anEmergencyIsNotHeldBackByWaitingReplies() throws InterruptedException {
        assertThat(limiter.tryTake(replyTo(621))).isZero();
        long replyWait = limiter.tryTake(replyTo(622));
        assertThat(replyWait).isPositive();
        Thread.sleep(replyWait + 5);
        assertThat(limiter.tryTake(replyTo(623).asUrgent())).as("the reply's flag does not stop an emergency").isZero();
    }
}
