package id.sigap.store;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutdown in the right order: work still finishing when the context stops (a turn in flight, a flush)
 * reaches Redis, and the embedded server stops only after that, writing what it was given to disk.
 */
class ShutdownOrderTest {

    @Test
    void workFinishingAtShutdownStillReachesRedisAndIsOnDiskAfterTheServerStops() throws Exception {
        Path data = TestDirs.fresh("shutdown-order");
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(StoreSettings.class, () -> new StoreSettings("", data, 0, false));
        context.register(StateStoreConfiguration.class, InFlightTurn.class);
        context.refresh();
        StateStoreConfiguration.EmbeddedRedisHolder holder = context.getBean(StateStoreConfiguration.EmbeddedRedisHolder.class);
        InFlightTurn turn = context.getBean(InFlightTurn.class);

        context.close();

        assertThat(turn.failure).isNull();
        assertThat(turn.finished).isTrue();
        assertThat(holder.redis().isActive()).isFalse();
        try (EmbeddedRedis again = EmbeddedRedis.start(data.resolve("redis"), 0)) {
            assertThat(RedisProbe.call(again.port(), "", Duration.ofSeconds(1), "GET", "outbox:42")).isEqualTo("balasan");
        }
    }

    /** Stands for the Telegram workers: on stop it finishes its turn, which writes to Redis. */
    static class InFlightTurn implements SmartLifecycle {

        private final StringRedisTemplate redis;
        private volatile boolean running;
        volatile boolean finished;
        volatile Exception failure;

        InFlightTurn(StringRedisTemplate redis) {
            this.redis = redis;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            try {
                Thread.sleep(200);
                redis.opsForValue().set("outbox:42", "balasan");
                finished = true;
            } catch (Exception e) {
                failure = e;
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
