package id.sigap.store;

import id.sigap.support.TestDirs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedRedisTest {

    @Test
    void keepsDataAcrossARestartInTheSameDataDirectory() throws Exception {
        Path dir = TestDirs.fresh("redis-restart");
        try (EmbeddedRedis first = EmbeddedRedis.start(dir, 0)) {
            assertThat(first.isActive()).isTrue();
            run(first.port(), "SET", "handoff:1", "waiting");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("appendonly"));
        try (EmbeddedRedis second = EmbeddedRedis.start(dir, 0)) {
            assertThat(run(second.port(), "GET", "handoff:1")).isEqualTo("waiting");
        }
    }

    @Test
    void stopsItsProcessOnClose() throws Exception {
        EmbeddedRedis redis = EmbeddedRedis.start(TestDirs.fresh("redis-stop"), 0);
        redis.close();
        assertThat(redis.isActive()).isFalse();
    }

    private static String run(int port, String... command) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            var sync = connection.sync();
            if (command[0].equals("SET")) {
                return sync.set(command[1], command[2]);
            }
            return sync.get(command[1]);
        } finally {
            client.shutdown();
        }
    }
}
