package id.sigap.telegram;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff group with topics: the topic of a handoff is created through the staff group's outbox (rate-limited,
 * fenced, ahead of the card), the card goes into the real topic, and a staff reply written in that topic reaches
 * the citizen. One instance, Telegram's limits on, real handoff flow, fake Bot API.
 */
class StaffTopicThroughOutboxTest {

    static final long STAFF_CHAT = -100_777;
    static final long STAFF_USER = 950;
    static FakeBotApi api;
    static SigapCluster cluster;

    @BeforeAll
    static void start() {
        api = new FakeBotApi();
        api.forum(true);
        cluster = new SigapCluster(api, "polling", Map.of(
                "sigap.telegram.group-per-minute", 600,
                "sigap.staff-chat-id", STAFF_CHAT,
                "sigap.staff-user-ids", String.valueOf(STAFF_USER),
                "sigap.handoff.office-hours", "MON-SUN 00:00-23:59"));
        cluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        api.close();
    }

    @Test
    void aHandoffTopicIsCreatedThroughTheOutboxBeforeItsCardAndStaffRepliesInItReachTheCitizen() {
        long citizen = 85_001;
        api.sendText(citizen, "/petugas");
        api.await(Duration.ofSeconds(30), a -> !a.delivered(STAFF_CHAT).isEmpty(), "the card in the staff group");

        List<FakeBotApi.Call> topics = api.calls("createForumTopic");
        assertThat(topics).hasSize(1);
        assertThat(topics.getFirst().status()).isEqualTo(200);
        FakeBotApi.Call card = api.delivered(STAFF_CHAT).getFirst();
        assertThat(card.atNanos()).as("topic before card").isGreaterThan(topics.getFirst().atNanos());
        String thread = card.params().get("message_thread_id");
        assertThat(thread).as("the card is in the real topic, not a placeholder").isNotNull().doesNotStartWith("-");
        assertThat(cluster.count("sigap.messages.out", "type", "create_topic")).isEqualTo(1);

        api.sendTextFrom(STAFF_CHAT, STAFF_USER, "Ani", "Halo, saya Ani dari humas t1x", null, Long.parseLong(thread));
        api.await(Duration.ofSeconds(30), a -> a.delivered(citizen).stream().anyMatch(c -> c.text().contains("t1x")),
                "the staff reply in the topic reaches the citizen");
        // Whatever the bot says back in the staff group stays in that topic.
        assertThat(api.delivered(STAFF_CHAT)).allSatisfy(c ->
                assertThat(c.params().get("message_thread_id")).isEqualTo(thread));
    }
}
