package id.sigap.telegram;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Emergencies overtake what a chat's outbox already holds, without disturbing a send in progress (real Redis). */
class UrgentOutboxTest {

    static final Duration LEASE = Duration.ofSeconds(5);
    static TestRedis redis;
    ChatQueue queue;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("urgent-outbox");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
        queue = new ChatQueue(redis.template(), new id.sigap.privacy.DataCipher(id.sigap.privacy.DataKeys.of(java.util.List.of(new byte[32]))));
    }

    static OutgoingMessage message(long chat, String text) {
        return OutgoingMessage.message(chat, text, List.of(), null, null, null);
    }

    @Test
    void anEmergencyQueuedBehindOrdinaryMessagesIsSentFirstAndTheRestKeepTheirOrder() {
        long chat = -1001;
        queue.enqueue(List.of(message(chat, "kartu 1"), message(chat, "kartu 2")));
        queue.enqueue(List.of(message(chat, "DARURAT").asUrgent()));
        List<String> order = new java.util.ArrayList<>();
        ChatQueue.Heads heads = queue.claim(chat, "a", "a:1", LEASE);
        while (heads.outbox() != null) {
            order.add(queue.decodeOutgoing(heads.outbox()).html());
            heads = queue.ackSent(chat, heads.outbox(), "a:1", LEASE);
        }
        assertThat(order).containsExactly("DARURAT", "kartu 1", "kartu 2");
    }

    @Test
    void anEmergencyArrivingWhileAnOrdinaryMessageIsBeingSentComesNextAndTheSentOneIsNotRepeated() {
        long chat = -1002;
        queue.enqueue(List.of(message(chat, "kartu 1"), message(chat, "kartu 2")));
        ChatQueue.Heads heads = queue.claim(chat, "a", "a:1", LEASE);
        String sending = heads.outbox();
        assertThat(queue.beginSend(chat, sending, "a:1", LEASE, LEASE).verdict()).isEqualTo(ChatQueue.SendPermit.Verdict.GO);
        queue.enqueue(List.of(message(chat, "DARURAT").asUrgent()));

        heads = queue.ackSent(chat, sending, "a:1", LEASE);
        assertThat(queue.decodeOutgoing(heads.outbox()).html()).isEqualTo("DARURAT");
        heads = queue.ackSent(chat, heads.outbox(), "a:1", LEASE);
        assertThat(queue.decodeOutgoing(heads.outbox()).html()).isEqualTo("kartu 2");
        heads = queue.ackSent(chat, heads.outbox(), "a:1", LEASE);
        assertThat(heads.outbox()).isNull();
        assertThat(queue.release(chat, "a:1", true)).as("nothing left").isFalse();
    }

    @Test
    void anEmergencyTurnIsRenderedUrgentAndAnOrdinaryOneIsNot() {
        var in = id.sigap.conversation.IncomingMessage.text(UpdateMapper.CHANNEL, 1, 42, "tolong banjir");
        var reply = List.of(id.sigap.conversation.Reply.text("Hubungi 112"));
        assertThat(ReplyRenderer.render(in, new id.sigap.conversation.ConversationResult(reply,
                id.sigap.conversation.Decision.handoff(id.sigap.conversation.Priority.EMERGENCY,
                        List.of(id.sigap.conversation.Reason.EMERGENCY))))
        ).allMatch(OutgoingMessage::urgent);
        assertThat(ReplyRenderer.render(in, new id.sigap.conversation.ConversationResult(reply,
                id.sigap.conversation.Decision.of(id.sigap.conversation.Decision.Outcome.ANSWER, "entry:x")))
        ).noneMatch(OutgoingMessage::urgent);
    }
}
