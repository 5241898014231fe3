package id.sigap.support;

import id.sigap.store.EmbeddedRedis;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A real redis-server of its own for a test class, with a template on it and a way to start each test empty. */
public final class TestRedis implements AutoCloseable {

    private final EmbeddedRedis redis;
    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate template;

    private TestRedis(String name) {
        redis = EmbeddedRedis.start(TestDirs.fresh(name), 0);
        factory = new LettuceConnectionFactory("127.0.0.1", redis.port());
        factory.afterPropertiesSet();
        factory.start();
        template = new StringRedisTemplate(factory);
    }

    public static TestRedis start(String name) {
        return new TestRedis(name);
    }

    public StringRedisTemplate template() {
        return template;
    }

    /** Deletes every key. */
    public void flush() {
        try (var connection = factory.getConnection()) {
            connection.serverCommands().flushDb();
        }
    }

    @Override
    public void close() {
        factory.destroy();
        redis.close();
    }
}
