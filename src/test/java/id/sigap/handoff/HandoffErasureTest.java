package id.sigap.handoff;

import id.sigap.conversation.Reply;
import id.sigap.privacy.DataCipher;
import id.sigap.privacy.DataKeys;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /hapus} and retention on handoffs against a real redis-server: nothing of the chat is left. */
class HandoffErasureTest {

    static final TestRedis redis = TestRedis.start("handoff-erasure");
    static final long STAFF_CHAT = -100123;

    /** The staff group, recording what is posted to it. */
    static final class RecordingStaff implements StaffChannel {
        final List<Reply> posted = new ArrayList<>();
        long topics = 70;

        @Override
        public long staffChatId() {
            return STAFF_CHAT;
        }

        @Override
        public Optional<Long> openTopic(String name) {
            return Optional.of(++topics);
        }

        @Override
        public void post(List<Reply> replies) {
            posted.addAll(replies);
        }
    }

    final RecordingStaff staff = new RecordingStaff();
    HandoffService handoffs;
    HandoffStore store;

    @AfterAll
    static void close() {
        redis.close();
    }

    @BeforeEach
    void fresh() {
        redis.flush();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("staff", staff);
        DataCipher cipher = new DataCipher(DataKeys.of(List.of(new byte[32])));
        store = new HandoffStore(redis.template(), cipher);
        handoffs = new HandoffService(store, new HandoffSettings(null, null, null, null, null, "MON-SUN 00:00-23:59",
                null, null, Duration.ofDays(90)), beans.getBeanProvider(StaffChannel.class),
                beans.getBeanProvider(SuggestionLookup.class), event -> { }, redis.template(),
                beans.getBeanProvider(Clock.class), cipher);
    }

    private Handoff open(long chatId) {
        return handoffs.open(new HandoffService.Request("telegram", chatId, "Sari",
                List.of(id.sigap.conversation.Reason.ASKED_FOR_HUMAN), id.sigap.conversation.Priority.NORMAL,
                "netral", List.of(), List.of("NIK saya 3171014506890002"), false)).handoff();
    }

    private List<String> keysNaming(String text) {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> c = redis.template().scan(ScanOptions.scanOptions().match("*" + text + "*").count(1000).build())) {
            c.forEachRemaining(keys::add);
        }
        return keys;
    }

    @Test
    void erasingAChatClosesItsOpenHandoffTellsStaffAndLeavesNoKeyOfItOrOfItsHandoffs() {
        Handoff earlier = open(5150);
        handoffs.resolve(earlier.id(), new StaffMember(1, "Ani"));
        Handoff current = open(5150);
        handoffs.claim(current.id(), new StaffMember(2, "Budi"));
        handoffs.delivered("card:" + current.id(), 9001);
        handoffs.delivered("relay:" + current.id(), 9002);
        Handoff someoneElse = open(6160);
        staff.posted.clear();
        long currentTopic = handoffs.find(current.id()).orElseThrow().threadId();
        long otherTopic = handoffs.find(someoneElse.id()).orElseThrow().threadId();

        handoffs.erase("telegram", 5150);

        assertThat(staff.posted).anySatisfy(r -> assertThat(r.text()).contains(current.id(), "/hapus", "ditutup"));
        assertThat(keysNaming("5150")).isEmpty();
        for (Handoff h : List.of(earlier, current)) {
            assertThat(keysNaming(h.id())).as("keys of " + h.id()).isEmpty();
            assertThat(handoffs.find(h.id())).isEmpty();
        }
        assertThat(store.byMessage(9001)).isEmpty();
        assertThat(store.byMessage(9002)).isEmpty();
        assertThat(store.byThread(currentTopic)).as("the topic of the erased handoff").isEmpty();
        assertThat(store.byThread(otherTopic)).as("another chat's topic").isPresent();
        assertThat(handoffs.waiting()).extracting(Handoff::id).containsExactly(someoneElse.id());
        assertThat(handoffs.claimed()).isEmpty();
        assertThat(handoffs.recentlyClosed(10)).isEmpty();
        // Idempotent: a second run (after a crash, on another instance) finds nothing and tells no one again.
        int posted = staff.posted.size();
        handoffs.erase("telegram", 5150);
        assertThat(staff.posted).hasSize(posted);
    }

    @Test
    void retentionDeletesHandoffsClosedLongerAgoThanTheSettingAndKeepsTheRest() {
        Handoff old = open(7001);
        handoffs.resolve(old.id(), new StaffMember(1, "Ani"));
        Handoff stillOpen = open(7002);
        Instant closedAt = handoffs.find(old.id()).orElseThrow().closedAt();

        assertThat(new HandoffRetention(handoffs, handoffs.settings()).purge(closedAt.plus(Duration.ofDays(89)))).isZero();
        assertThat(handoffs.find(old.id())).isPresent();
        assertThat(new HandoffRetention(handoffs, handoffs.settings()).purge(closedAt.plus(Duration.ofDays(91)))).isEqualTo(1);
        assertThat(handoffs.find(old.id())).isEmpty();
        assertThat(keysNaming(old.id())).isEmpty();
        assertThat(handoffs.find(stillOpen.id())).isPresent();
    }

    @Test
    void theLogShowsRedactedTextAndTheOriginalOpensOnlyOnRequest() {
        Handoff h = open(8001);
        List<java.util.Map<String, String>> log = handoffs.conversation(h.id());
        assertThat(log.getFirst().get("text")).contains("[NIK]").doesNotContain("3171014506890002");
        assertThat(log.getFirst()).containsEntry("revealable", "1").doesNotContainKey("sealed");
        assertThat(handoffs.original(h.id(), 0)).contains("NIK saya 3171014506890002");
        assertThat(redis.template().opsForList().range(HandoffStore.PREFIX + "log:" + h.id(), 0, -1))
                .allSatisfy(raw -> assertThat(raw).doesNotContain("3171014506890002"));
        assertThat(handoffs.original(h.id(), 5)).isEmpty();
        assertThat(handoffs.original(h.id(), -1)).isEmpty();
    }

    @Test
    void aRelayedTextReachesStaffRedactedAndAPhotoWhoseCaptionHoldsANumberIsNotCopied() {
        Handoff h = open(9001);
        List<Reply> text = handoffs.relay(h, id.sigap.conversation.IncomingMessage.text("telegram", 1, 9001,
                "hubungi saya di 0812-3456-7890 atau warga@example.com"));
        assertThat(text).singleElement().satisfies(r ->
                assertThat(r.text()).contains("[TELEPON]", "[EMAIL]").doesNotContain("0812-3456-7890", "warga@example.com"));

        var photo = new id.sigap.conversation.IncomingMessage(2, "telegram", 9001,
                id.sigap.conversation.IncomingMessage.ChatType.PRIVATE, 9001L, null, 55,
                id.sigap.conversation.IncomingMessage.Kind.PHOTO, "KTP saya 3171014506890002", null, null, null, null,
                null, Instant.now());
        List<Reply> relayed = handoffs.relay(h, photo);
        assertThat(relayed).noneSatisfy(r -> assertThat(r.routing().kind()).isEqualTo(Reply.Routing.Kind.COPY));
        assertThat(relayed).allSatisfy(r -> assertThat(r.text()).doesNotContain("3171014506890002"));

        var plainPhoto = new id.sigap.conversation.IncomingMessage(3, "telegram", 9001,
                id.sigap.conversation.IncomingMessage.ChatType.PRIVATE, 9001L, null, 56,
                id.sigap.conversation.IncomingMessage.Kind.PHOTO, "foto banjir di rt 3", null, null, null, null,
                null, Instant.now());
        assertThat(handoffs.relay(h, plainPhoto)).anySatisfy(r ->
                assertThat(r.routing().kind()).isEqualTo(Reply.Routing.Kind.COPY));
    }
}
