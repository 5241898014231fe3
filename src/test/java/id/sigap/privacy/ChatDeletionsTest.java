package id.sigap.privacy;

import id.sigap.support.TestDirs;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Deletion jobs against a real redis-server: retries, shared and per-instance parts, a stream that names nobody. */
class ChatDeletionsTest {

    static final TestRedis redis = TestRedis.start("chat-deletions");
    static final DataCipher cipher = new DataCipher(DataKeys.of(List.of(new byte[32])));

    @AfterAll
    static void close() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
    }

    /** An eraser that counts its runs and fails its first {@code failures} ones. */
    static final class Counting implements ChatDataEraser {
        final String part;
        final boolean perInstance;
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger failuresLeft;

        Counting(String part, boolean perInstance, int failures) {
            this.part = part;
            this.perInstance = perInstance;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public String part() {
            return part;
        }

        @Override
        public boolean perInstance() {
            return perInstance;
        }

        @Override
        public void erase(String channel, long chatId) {
            runs.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("disk full");
            }
        }
    }

    static ChatDeletions instance(ChatDataEraser... erasers) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < erasers.length; i++) {
            beans.registerSingleton("eraser" + i, erasers[i]);
        }
        MockEnvironment env = new MockEnvironment().withProperty("sigap.data-dir", TestDirs.fresh("instance").toString());
        return new ChatDeletions(redis.template(), cipher, beans.getBeanProvider(ChatDataEraser.class),
                new PrivacySettings("", List.of(), null), new InstanceId(env), beans.getBeanProvider(Clock.class));
    }

    @Test
    void aPartThatFailsIsReportedToTheCitizenAndTriedAgainUntilDoneWhileFinishedPartsAreNotRepeated() {
        Counting steady = new Counting("percakapan", false, 0);
        Counting flaky = new Counting("transcript", true, 2);
        ChatDeletions deletions = instance(steady, flaky);

        DeletionOutcome outcome = deletions.request("telegram", 42);
        assertThat(outcome.recorded()).isTrue();
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.pendingParts()).containsExactly("transcript");

        assertThat(deletions.runPending()).isZero();
        assertThat(deletions.runPending()).isEqualTo(1);
        assertThat(deletions.runPending()).isEqualTo(1);
        assertThat(steady.runs).hasValue(1);
        assertThat(flaky.runs).hasValue(3);
    }

    @Test
    void aSharedPartRunsOnceWhileAPerInstancePartRunsOnEveryInstance() {
        Counting shared = new Counting("handoff", false, 0);
        Counting filesA = new Counting("transcript", true, 0);
        Counting filesB = new Counting("transcript", true, 0);
        ChatDeletions a = instance(shared, filesA);
        ChatDeletions b = instance(shared, filesB);

        assertThat(a.request("telegram", 7).complete()).isTrue();
        assertThat(filesB.runs).as("the other instance has not looked yet").hasValue(0);
        assertThat(b.runPending()).isEqualTo(1);
        assertThat(a.runPending()).isEqualTo(1);

        assertThat(shared.runs).hasValue(1);
        assertThat(filesA.runs).hasValue(1);
        assertThat(filesB.runs).hasValue(1);
    }

    @Test
    void aJobRecordedButNeverRunIsCarriedOutByTheNextInstanceThatLooks() {
        Counting part = new Counting("percakapan", false, 0);
        instance(part).submit("web", 9);
        assertThat(part.runs).hasValue(0);
        assertThat(instance(part).runPending()).isEqualTo(1);
        assertThat(part.runs).hasValue(1);
    }

    @Test
    void theJobStreamDoesNotNameTheChat() {
        instance().submit("telegram", 987654321L);
        List<String> raw = redis.template().opsForStream().range(ChatDeletions.JOBS, org.springframework.data.domain.Range.unbounded())
                .stream().map(r -> r.getValue().toString()).toList();
        assertThat(raw).hasSize(1);
        assertThat(raw.getFirst()).doesNotContain("987654321").contains(DataCipher.PREFIX);
    }
}
