package id.sigap.store;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the store against an external Redis given in {@code SIGAP_TEST_REDIS_URL} (CI sets it when the
 * machine's Redis answers on 6379): no embedded server is started and state lands in that Redis.
 */
@EnabledIfEnvironmentVariable(named = "SIGAP_TEST_REDIS_URL", matches = "redis://.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalRedisTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.redis-url", () -> System.getenv("SIGAP_TEST_REDIS_URL"));
        registry.add("sigap.data-dir", () -> TestDirs.fresh("external").toString());
        registry.add("sigap.telegram.token", () -> "");
    }

    @Autowired
    StateStoreConfiguration.EmbeddedRedisHolder embedded;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void usesTheExternalServerAndStartsNoEmbeddedOne() {
        assertThat(embedded.redis()).isNull();
        String key = "sigap:test:" + UUID.randomUUID();
        try {
            redis.opsForValue().set(key, "ada");
            assertThat(redis.opsForValue().get(key)).isEqualTo("ada");
            assertThat(redis.getConnectionFactory().getConnection().serverCommands().info("server").getProperty("tcp_port"))
                    .isEqualTo(String.valueOf(java.net.URI.create(System.getenv("SIGAP_TEST_REDIS_URL")).getPort()));
        } finally {
            redis.delete(key);
        }
    }
}
