package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.store.EmbeddedRedis;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue lives in Redis: a restart of Redis (persistence on) and of Sigap loses no handoff. */
class HandoffStoreRestartTest {

    private static <T> T withStore(EmbeddedRedis redis, Function<HandoffStore, T> work) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory("127.0.0.1", redis.port());
        factory.afterPropertiesSet();
        factory.start();
        try {
            StringRedisTemplate template = new StringRedisTemplate(factory);
            return work.apply(new HandoffStore(template, new id.sigap.privacy.DataCipher(id.sigap.privacy.DataKeys.of(java.util.List.of(new byte[32])))));
        } finally {
            factory.destroy();
        }
    }

    @Test
    void handoffsSurviveARestartOfRedisAndOfTheApplication() {
        Path dir = TestDirs.fresh("handoff-restart");
        Instant now = Instant.parse("2026-11-23T03:00:00Z");
        String[] ids = new String[2];
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir, 0)) {
            withStore(redis, store -> {
                ids[0] = store.open("telegram", 1, "Sari", List.of(Reason.EMERGENCY), Priority.EMERGENCY, "negatif",
                        List.of("banjir-nomor-darurat"), now).id();
                ids[1] = store.open("telegram", 2, "Budi", List.of(Reason.ASKED_FOR_HUMAN), Priority.NORMAL, "netral",
                        List.of(), now.minusSeconds(60)).id();
                assertThat(store.claim(ids[1], new StaffMember(9, "Ani"), now)).isEmpty();
                return null;
            });
        }
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir, 0)) {
            withStore(redis, store -> {
                assertThat(store.waiting()).extracting(Handoff::id).containsExactly(ids[0]);
                Handoff claimed = store.find(ids[1]).orElseThrow();
                assertThat(claimed.state()).isEqualTo(HandoffState.CLAIMED);
                assertThat(claimed.staffName()).isEqualTo("Ani");
                assertThat(store.openFor("telegram", 1)).map(Handoff::priority).contains(Priority.EMERGENCY);
                return null;
            });
        }
    }

    @Test
    void emergenciesComeFirstThenTheOldest() {
        try (EmbeddedRedis redis = EmbeddedRedis.start(TestDirs.fresh("handoff-order"), 0)) {
            withStore(redis, store -> {
                Instant t = Instant.parse("2026-11-23T03:00:00Z");
                String old = store.open("telegram", 11, null, List.of(Reason.LOW_CONFIDENCE), Priority.NORMAL, null, List.of(), t).id();
                String angry = store.open("telegram", 12, null, List.of(Reason.NEGATIVE), Priority.HIGH, null, List.of(), t.plusSeconds(5)).id();
                String sos = store.open("telegram", 13, null, List.of(Reason.EMERGENCY), Priority.EMERGENCY, null, List.of(), t.plusSeconds(9)).id();
                assertThat(store.waiting()).extracting(Handoff::id).containsExactly(sos, angry, old);
                // One open handoff per chat: asking again joins it.
                assertThat(store.open("telegram", 11, null, List.of(Reason.ASKED_FOR_HUMAN), Priority.NORMAL, null, List.of(), t).id())
                        .isEqualTo(old);
                return null;
            });
        }
    }
}
