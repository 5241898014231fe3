package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import id.sigap.ops.SigapMetrics;
import id.sigap.support.TestRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fence around sending, against a real redis-server and the fake Bot API through the real client: two
 * dispatchers (two instances) share one Redis; one works a chat, the other sweeps as its instance would.
 * A worker whose lease ran out must not send, a worker that waits must keep its lease, and a takeover must
 * not resend what the previous holder marked as being sent. "Killed" workers are simulated by taking the
 * steps by hand and then abandoning them, with no acknowledgement and no release.
 */
class ChatLeaseFencingTest {

    static final Duration LEASE = Duration.ofSeconds(1);
    static TestRedis redis;
    static FakeBotApi api;
    static TelegramBot bot;

    ChatQueue queue;
    final List<ChatDispatcher> dispatchers = new ArrayList<>();
    volatile boolean sweeping;
    Thread sweeper;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("lease-fencing");
        api = new FakeBotApi();
        bot = new TelegramBot.Builder(FakeBotApi.TOKEN).apiUrl(api.baseUrl() + "/bot").build();
    }

    @AfterAll
    static void stop() {
        bot.shutdown();
        api.close();
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
        queue = new ChatQueue(redis.template(), new id.sigap.privacy.DataCipher(id.sigap.privacy.DataKeys.of(java.util.List.of(new byte[32]))));
    }

    @AfterEach
    void stopDispatchers() throws InterruptedException {
        sweeping = false;
        if (sweeper != null) {
            sweeper.join();
        }
        dispatchers.forEach(d -> d.stop(Duration.ofSeconds(2)));
    }

    /** Telegram's limits on, with an overall budget of {@code perSecond}; one-second leases; send marks of 3 s. */
    static TelegramSettings settings(double perSecond) {
        return settings(perSecond, 1_000);
    }

    static TelegramSettings settings(double perSecond, long sendTimeoutMs) {
        return new TelegramSettings(FakeBotApi.TOKEN, api.baseUrl(), null, null, null, 0, perSecond, 30, 3, 20, 3,
                LEASE.toMillis(), 0, false, sendTimeoutMs, null, 0, null);
    }

    ChatDispatcher dispatcher(TelegramSettings settings) {
        ChatDispatcher dispatcher = new ChatDispatcher(queue, null, new TelegramSender(bot),
                new SendRateLimiter(redis.template(), settings), settings, m -> { },
                new SigapMetrics(new SimpleMeterRegistry()));
        dispatchers.add(dispatcher);
        dispatcher.start();
        return dispatcher;
    }

    /** The other instance's sweeper, every 100 ms, as TelegramChannel runs it. */
    void sweepContinuously(ChatDispatcher other) {
        sweeping = true;
        sweeper = Thread.ofPlatform().daemon().start(() -> {
            while (sweeping) {
                other.sweep();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void queueMessages(long chat, String... texts) {
        List<OutgoingMessage> out = new ArrayList<>();
        for (String text : texts) {
            out.add(OutgoingMessage.message(chat, text, List.of(), null, null, null));
        }
        queue.enqueue(out);
    }

    static List<String> sentTexts(long chat) {
        return api.delivered(chat).stream().map(FakeBotApi.Call::text).toList();
    }

    @Test
    void aWorkerWaitingForTheRateLimiterLongerThanItsLeaseKeepsTheChatAndSendsEachMessageOnce() throws Exception {
        // 0.4 messages a second overall: each wait is 2.5 s, two and a half leases.
        TelegramSettings slow = settings(0.4);
        ChatDispatcher a = dispatcher(slow);
        ChatDispatcher b = dispatcher(slow);
        long chat = 601;
        queueMessages(chat, "satu", "dua", "tiga");
        a.signal(chat);
        sweepContinuously(b);

        api.await(Duration.ofSeconds(20), x -> sentTexts(chat).size() >= 3, "three messages sent");
        Thread.sleep(1_500);
        assertThat(sentTexts(chat)).containsExactly("satu", "dua", "tiga");
    }

    @Test
    void aWorkerWhoseLeaseRanOutWhileWaitingToSendDoesNotSendTheMessageItsSuccessorSends() throws Exception {
        TelegramSettings slow = settings(0.25);
        ChatDispatcher a = dispatcher(slow);
        ChatDispatcher b = dispatcher(slow);
        SendRateLimiter limiter = new SendRateLimiter(redis.template(), slow);
        long chat = 602;
        // Spend the overall token, so that the worker has to wait about 4 s for the next one.
        assertThat(limiter.tryTake(OutgoingMessage.message(9, "x", List.of(), null, null, null))).isZero();
        queueMessages(chat, "sekali saja");
        a.signal(chat);
        Thread.sleep(300);
        assertThat(redis.template().hasKey(ChatQueue.PREFIX + "lock:" + chat)).as("a holds the lease").isTrue();

        // The lease vanishes under the waiting worker (a long pause, a Redis fail-over) and b takes the chat.
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        b.sweep();

        api.await(Duration.ofSeconds(20), x -> !sentTexts(chat).isEmpty(), "the message sent");
        Thread.sleep(2_000);
        assertThat(sentTexts(chat)).containsExactly("sekali saja");
    }

    @Test
    void onlyTheTokenHoldingTheLeaseMayMarkTheHeadForSending() {
        long chat = 603;
        queueMessages(chat, "halo");
        ChatQueue.Heads heads = queue.claim(chat, "a", "a:1", LEASE);
        assertThat(heads).isNotNull();
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        assertThat(queue.claim(chat, "b", "b:1", LEASE)).isNotNull();

        assertThat(queue.beginSend(chat, heads.outbox(), "a:1", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.LEASE_LOST);
        assertThat(queue.beginSend(chat, heads.outbox(), "b:1", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        // An older worker of the same instance cannot use a token the newer claim replaced either.
        assertThat(queue.claim(chat, "a", "a:2", LEASE)).as("another instance holds it").isNull();
    }

    @Test
    void aTakeoverDoesNotSendAHeadThatThePreviousHolderMarkedWhileTheMarkLives() {
        long chat = 604;
        queueMessages(chat, "halo");
        ChatQueue.Heads heads = queue.claim(chat, "a", "a:1", LEASE);
        assertThat(queue.beginSend(chat, heads.outbox(), "a:1", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        assertThat(queue.claim(chat, "b", "b:1", LEASE)).isNotNull();

        ChatQueue.SendPermit permit = queue.beginSend(chat, heads.outbox(), "b:1", LEASE, Duration.ofSeconds(3));
        assertThat(permit.verdict()).isEqualTo(ChatQueue.SendPermit.Verdict.MARKED_BY_ANOTHER);
        assertThat(permit.waitMs()).isBetween(1L, 3_000L);

        // The old worker's call comes back accepted: its acknowledgement removes the head, whoever holds the lease.
        ChatQueue.Heads after = queue.ackSent(chat, heads.outbox(), "a:1", LEASE);
        assertThat(after.held()).as("a no longer holds the lease").isFalse();
        assertThat(after.outbox()).isNull();
        assertThat(queue.beginSend(chat, heads.outbox(), "b:1", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GONE);
    }

    @Test
    void theLastAcknowledgementGivesBackOnlyItsOwnLeaseAndOnlyWhenNothingIsLeft() {
        long chat = 609;
        queueMessages(chat, "satu", "dua");
        ChatQueue.Heads heads = queue.claim(chat, "a", "a:1", LEASE);
        String first = heads.outbox();
        assertThat(queue.beginSend(chat, first, "a:1", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        ChatQueue.Heads after = queue.ackSent(chat, first, "a:1", LEASE, true);
        assertThat(after.released()).as("a second message is left").isFalse();
        assertThat(after.held()).isTrue();
        assertThat(after.outbox()).isNotNull();

        // The lease moves to b while a's second call is in flight: a's acknowledgement must not give b's lease back.
        String second = after.outbox();
        assertThat(queue.beginSend(chat, second, "a:1", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        assertThat(queue.claim(chat, "b", "b:1", LEASE)).isNotNull();
        ChatQueue.Heads stale = queue.ackSent(chat, second, "a:1", LEASE, true);
        assertThat(stale.released()).isFalse();
        assertThat(stale.held()).isFalse();
        assertThat(redis.template().opsForValue().get(ChatQueue.PREFIX + "lock:" + chat)).isEqualTo("b:1");
        assertThat(redis.template().opsForSet().isMember(ChatQueue.PREFIX + "pending", String.valueOf(chat)))
                .as("b still has the chat; the sweeper must still see it").isTrue();

        // b's own last acknowledgement (here of a call queued after) gives the lease back and forgets the chat.
        queueMessages(chat, "tiga");
        String third = queue.claim(chat, "b", "b:2", LEASE) == null ? null : queue.peekOutbox(chat).orElseThrow();
        assertThat(third).as("b re-claims its own chat").isNotNull();
        assertThat(queue.beginSend(chat, third, "b:2", LEASE, Duration.ofSeconds(3)).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        ChatQueue.Heads last = queue.ackSent(chat, third, "b:2", LEASE, true);
        assertThat(last.released()).isTrue();
        assertThat(last.held()).isFalse();
        assertThat(redis.template().hasKey(ChatQueue.PREFIX + "lock:" + chat)).isFalse();
        assertThat(redis.template().opsForSet().isMember(ChatQueue.PREFIX + "pending", String.valueOf(chat))).isFalse();
        assertThat(queue.release(chat, "b:2", true)).as("nothing left for the release step").isFalse();
    }

    @Test
    void aWorkerKilledAfterMarkingButBeforeSendingLosesNothingItsMessageIsSentOnceWhenTheMarkExpires() throws Exception {
        TelegramSettings settings = settings(30);
        ChatDispatcher b = dispatcher(settings);
        long chat = 605;
        queueMessages(chat, "tidak hilang");
        ChatQueue.Heads heads = queue.claim(chat, "dead", "dead:1", LEASE);
        long markedAt = System.nanoTime();
        assertThat(queue.beginSend(chat, heads.outbox(), "dead:1", LEASE, settings.sendMark()).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        // Killed here: no send, no acknowledgement, no release.
        sweepContinuously(b);

        api.await(Duration.ofSeconds(20), x -> !sentTexts(chat).isEmpty(), "the message sent by the survivor");
        Thread.sleep(1_000);
        assertThat(sentTexts(chat)).containsExactly("tidak hilang");
        long sentAfterMs = (api.delivered(chat).getFirst().atNanos() - markedAt) / 1_000_000;
        assertThat(sentAfterMs).as("not sent while the dead worker's mark lived")
                .isGreaterThanOrEqualTo(settings.sendMark().toMillis() - 50);
    }

    @Test
    void aWorkerKilledBetweenTelegramAcceptingAndItsAcknowledgementIsTheOneWindowLeftAndTheMarkBoundsIt()
            throws Exception {
        TelegramSettings settings = settings(30);
        ChatDispatcher b = dispatcher(settings);
        long chat = 606;
        queueMessages(chat, "jendela sisa");
        ChatQueue.Heads heads = queue.claim(chat, "dead", "dead:1", LEASE);
        assertThat(queue.beginSend(chat, heads.outbox(), "dead:1", LEASE, settings.sendMark()).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        assertThat(new TelegramSender(bot).send(queue.decodeOutgoing(heads.outbox())).status())
                .isEqualTo(TelegramSender.SendOutcome.Status.SENT);
        // Killed here, after Telegram accepted and before the acknowledgement (one Redis step, about a millisecond).
        sweepContinuously(b);

        api.await(Duration.ofSeconds(20), x -> sentTexts(chat).size() >= 2, "the survivor's send");
        // The documented residual: Sigap cannot know that Telegram took the call, and sends it again, but only
        // after the mark expired, never while the first sender might still be at work.
        List<FakeBotApi.Call> sends = api.delivered(chat);
        assertThat(sends).hasSize(2);
        assertThat((sends.get(1).atNanos() - sends.get(0).atNanos()) / 1_000_000)
                .isGreaterThanOrEqualTo(settings.sendMark().toMillis() - 100);
    }

    @Test
    void aWorkerStillSendingWhenItsLeaseRunsOutIsNotDoubledByTheNewHolder() throws Exception {
        // Its call may take up to 6 s (the mark lives 8 s): longer than the lease, within the mark.
        TelegramSettings settings = settings(30, 6_000);
        ChatDispatcher b = dispatcher(settings);
        long chat = 607;
        queueMessages(chat, "lambat tapi sekali");
        ChatQueue.Heads heads = queue.claim(chat, "slow", "slow:1", LEASE);
        assertThat(queue.beginSend(chat, heads.outbox(), "slow:1", LEASE, settings.sendMark()).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        // Its call takes longer than the lease: the lease expires and the other instance keeps trying the chat.
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        sweepContinuously(b);
        Thread.sleep(1_500);
        assertThat(sentTexts(chat)).isEmpty();

        assertThat(new TelegramSender(bot).send(queue.decodeOutgoing(heads.outbox())).status())
                .isEqualTo(TelegramSender.SendOutcome.Status.SENT);
        queue.ackSent(chat, heads.outbox(), "slow:1", LEASE);

        Thread.sleep(settings.sendMark().toMillis() + 1_000);
        assertThat(sentTexts(chat)).containsExactly("lambat tapi sekali");
    }

    @Test
    void aCommitMarksTheNextHeadForItsOwnTokenOnlyWhileItHoldsTheLeaseAndNeverOverAnotherTokensMark() {
        long chat = 610;
        Duration mark = Duration.ofSeconds(3);
        List<OutgoingMessage> replies = List.of(OutgoingMessage.message(chat, "jawaban", List.of(), null, null, null));

        // The lease holder's commit marks the reply it queued, as beginSend would: the takeover must wait for it.
        assertThat(queue.accept(id.sigap.conversation.IncomingMessage.text("telegram", 1, chat, "tanya"))).isTrue();
        ChatQueue.Heads claimed = queue.claim(chat, "a", "a:1", LEASE);
        ChatQueue.Commit commit = queue.commit(chat, claimed.inbox(), replies, "a:1", LEASE, mark);
        assertThat(commit.committed()).isTrue();
        assertThat(commit.heads().marked()).isTrue();
        String head = commit.heads().outbox();
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        assertThat(queue.claim(chat, "b", "b:1", LEASE)).isNotNull();
        assertThat(queue.beginSend(chat, head, "b:1", LEASE, mark).verdict())
                .isEqualTo(ChatQueue.SendPermit.Verdict.MARKED_BY_ANOTHER);

        // A commit by a token that lost the lease marks nothing (and, its head gone, queues nothing).
        assertThat(queue.accept(id.sigap.conversation.IncomingMessage.text("telegram", 2, chat, "lagi"))).isTrue();
        ChatQueue.Commit stale = queue.commit(chat, "not the head", replies, "a:1", LEASE, mark);
        assertThat(stale.committed()).isFalse();
        assertThat(stale.heads().held()).isFalse();
        assertThat(stale.heads().marked()).isFalse();

        // The new holder's commit does not overwrite a's live mark on that same head: it must ask beginSend.
        String next = queue.peekInbox(chat).orElseThrow();
        ChatQueue.Commit mine = queue.commit(chat, next, replies, "b:1", LEASE, mark);
        assertThat(mine.committed()).isTrue();
        assertThat(mine.heads().outbox()).isEqualTo(head);
        assertThat(mine.heads().marked()).isFalse();
        assertThat(redis.template().opsForValue().get(ChatQueue.PREFIX + "sending:" + chat)).startsWith("a:1|");

        // Without a mark time, a commit marks nothing.
        queue.ackSent(chat, head, "a:1", LEASE);
        redis.template().delete(ChatQueue.PREFIX + "sending:" + chat);
        assertThat(queue.accept(id.sigap.conversation.IncomingMessage.text("telegram", 3, chat, "lagi"))).isTrue();
        ChatQueue.Commit plain = queue.commit(chat, queue.peekInbox(chat).orElseThrow(), replies, "b:1", LEASE);
        assertThat(plain.heads().marked()).isFalse();
        assertThat(redis.template().hasKey(ChatQueue.PREFIX + "sending:" + chat)).isFalse();
    }

    @Test
    void aWorkerKilledAfterTheCommitThatMarkedItsReplyLosesNothingItIsSentOnceWhenTheMarkExpires() throws Exception {
        TelegramSettings settings = settings(30);
        ChatDispatcher b = dispatcher(settings);
        long chat = 611;
        assertThat(queue.accept(id.sigap.conversation.IncomingMessage.text("telegram", 11, chat, "tanya"))).isTrue();
        ChatQueue.Heads heads = queue.claim(chat, "dead", "dead:1", LEASE);
        long markedAt = System.nanoTime();
        ChatQueue.Commit commit = queue.commit(chat, heads.inbox(),
                List.of(OutgoingMessage.message(chat, "tetap sekali", List.of(), null, null, null)), "dead:1", LEASE,
                settings.sendMark());
        assertThat(commit.heads().marked()).isTrue();
        // Killed here: no send, no acknowledgement, no release.
        sweepContinuously(b);

        api.await(Duration.ofSeconds(20), x -> !sentTexts(chat).isEmpty(), "the reply sent by the survivor");
        Thread.sleep(1_000);
        assertThat(sentTexts(chat)).containsExactly("tetap sekali");
        long sentAfterMs = (api.delivered(chat).getFirst().atNanos() - markedAt) / 1_000_000;
        assertThat(sentAfterMs).as("not sent while the dead worker's mark lived")
                .isGreaterThanOrEqualTo(settings.sendMark().toMillis() - 50);
    }

    @Test
    void aStoppingWorkerWhoseLeaseIsTakenOverDoesNotSendAndTheStopDoesNotWaitItsGraceOut() throws Exception {
        TelegramSettings slow = settings(0.25);
        ChatDispatcher a = dispatcher(slow);
        ChatDispatcher b = dispatcher(slow);
        SendRateLimiter limiter = new SendRateLimiter(redis.template(), slow);
        long chat = 613;
        // Spend the overall token, so that a has to wait about 4 s for the next one.
        assertThat(limiter.tryTake(OutgoingMessage.message(9, "x", List.of(), null, null, null))).isZero();
        queueMessages(chat, "sekali saja");
        a.signal(chat);
        Thread.sleep(300);
        assertThat(redis.template().hasKey(ChatQueue.PREFIX + "lock:" + chat)).as("a holds the lease").isTrue();

        // a is told to stop (a 10 s grace) while it waits to send; meanwhile its lease vanishes and b takes the chat.
        Thread stopping = Thread.ofPlatform().start(() -> a.stop(Duration.ofSeconds(10)));
        redis.template().delete(ChatQueue.PREFIX + "lock:" + chat);
        b.sweep();

        stopping.join(Duration.ofSeconds(8));
        assertThat(stopping.isAlive()).as("a retired when it found the lease lost, well inside the grace").isFalse();
        assertThat(a.idle()).isTrue();
        api.await(Duration.ofSeconds(20), x -> !sentTexts(chat).isEmpty(), "the message sent");
        Thread.sleep(2_000);
        assertThat(sentTexts(chat)).as("sent once, by b: the stopping a never sends without the lease")
                .containsExactly("sekali saja");
    }

    @Test
    void aStoppingWorkerSendsOnlyWithinTheGraceAndLeavesTheRestInOrderForTheNextHolder() throws Exception {
        // 0.4 messages a second overall: a sends one message each 2.5 s.
        TelegramSettings slow = settings(0.4);
        ChatDispatcher a = dispatcher(slow);
        long chat = 614;
        queueMessages(chat, "satu", "dua", "tiga");
        a.signal(chat);
        api.await(Duration.ofSeconds(20), x -> !sentTexts(chat).isEmpty(), "the first message sent");

        a.stop(Duration.ofMillis(500));
        Thread.sleep(500);
        int sentByA = sentTexts(chat).size();
        Thread.sleep(3_000);
        assertThat(sentTexts(chat)).as("nothing sent by a once its grace was over").hasSize(sentByA);
        assertThat(sentByA).as("the rest left in the outbox").isLessThan(3);
        assertThat(a.idle()).isTrue();

        ChatDispatcher b = dispatcher(slow);
        b.sweep();
        api.await(Duration.ofSeconds(30), x -> sentTexts(chat).size() >= 3, "the rest sent by b");
        Thread.sleep(1_500);
        assertThat(sentTexts(chat)).containsExactly("satu", "dua", "tiga");
    }
}
