package id.sigap.telegram;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram restarting its {@code update_id} numbering lower after a quiet spell: an offset that only rose
 * would confirm, and so drop, every later update while the service looked healthy. One instance, long
 * polling, against the fake Bot API (which drops updates below the offset, as Telegram does).
 */
class PollingUpdateIdResetTest {

    static FakeBotApi api;
    static SigapCluster cluster;

    @BeforeAll
    static void start() {
        api = new FakeBotApi();
        cluster = new SigapCluster(api, "polling", Map.of(
                "sigap.telegram.lift-rate-limits", true,
                "sigap.telegram.poll-quiet-after", "2s"));
        cluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        api.close();
    }

    static boolean answered(long chat, String text) {
        return api.delivered(chat).stream().anyMatch(c -> c.text().contains(text));
    }

    @Test
    void afterTelegramRestartsUpdateIdsLowerMessagesAreStillAnsweredAndTheQuietSpellRaisesAnAlert() throws Exception {
        api.sendText(81_001, "sebelum r1x");
        api.await(Duration.ofSeconds(30), a -> answered(81_001, "r1x"), "the first message answered");
        assertThat(api.confirmedOffset()).isGreaterThan(1000);

        // A quiet spell, then Telegram numbers updates from 3 again.
        Thread.sleep(4_000);
        api.restartUpdateIds(3);
        int id = api.sendText(81_002, "sesudah r2x");
        assertThat(id).isEqualTo(3);
        api.await(Duration.ofSeconds(30), a -> answered(81_002, "r2x"), "a message numbered below the old offset answered");

        // Back to normal polling, at the new numbering.
        api.sendText(81_003, "lanjut r3x");
        api.await(Duration.ofSeconds(30), a -> answered(81_003, "r3x"), "the next message answered");
        assertThat(cluster.count("sigap.telegram.poll.quiet.alerts")).isGreaterThanOrEqualTo(1);
        assertThat(api.delivered(81_002)).hasSize(1);
    }
}
