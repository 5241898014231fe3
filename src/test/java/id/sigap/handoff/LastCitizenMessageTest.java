package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.privacy.DataCipher;
import id.sigap.privacy.DataKeys;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue card's preview: the citizen's last message, redacted, found from the end of the log (a real
 * Redis) however many staff lines follow it, without reading the whole log.
 */
class LastCitizenMessageTest {

    static final TestRedis redis = TestRedis.start("handoff-preview");
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    HandoffStore store;
    String id;

    @AfterAll
    static void close() {
        redis.close();
    }

    @BeforeEach
    void aHandoff() {
        redis.flush();
        store = new HandoffStore(redis.template(), new DataCipher(DataKeys.of(List.of(new byte[32]))));
        id = store.open("telegram", 7, "Sari", List.of(Reason.ASKED_FOR_HUMAN), Priority.NORMAL, "netral", List.of(), NOW).id();
    }

    @Test
    void theLastCitizenLineIsFoundBehindManyStaffLinesAndIsRedacted() {
        store.log(id, HandoffStore.CITIZEN, "halo", NOW);
        store.log(id, HandoffStore.CITIZEN, "NIK saya 3201234567890123, tolong dicek", NOW.plusSeconds(5));
        for (int i = 0; i < 40; i++) {
            store.log(id, "petugas:Ani", "baik, kami cek " + i, NOW.plusSeconds(10 + i));
        }
        assertThat(store.lastFrom(id, HandoffStore.CITIZEN)).hasValueSatisfying(text ->
                assertThat(text).contains("[NIK]", "tolong dicek").doesNotContain("3201234567890123"));
    }

    @Test
    void aLogWithoutACitizenLineOrNoLogAtAllHasNoPreview() {
        assertThat(store.lastFrom(id, HandoffStore.CITIZEN)).isEmpty();
        for (int i = 0; i < 16; i++) {
            store.log(id, "petugas:Ani", "pesan " + i, NOW.plusSeconds(i));
        }
        assertThat(store.lastFrom(id, HandoffStore.CITIZEN)).isEmpty();
        store.log(id, HandoffStore.CITIZEN, "terakhir", NOW.plusSeconds(60));
        assertThat(store.lastFrom(id, HandoffStore.CITIZEN)).contains("terakhir");
    }
}
