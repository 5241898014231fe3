package id.sigap.store;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The shared state store: an external Redis when {@code REDIS_URL} is set, otherwise an embedded
 * redis-server started before the connection factory and stopped after it.
 */
@Configuration(proxyBeanMethods = false)
class StateStoreConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(StoreSettings settings) {
        if (!settings.embedded()) {
            return new EmbeddedRedisHolder(null);
        }
        return new EmbeddedRedisHolder(EmbeddedRedis.start(settings.dataDir().resolve("redis"), settings.embeddedPort()));
    }

    /**
     * Reconnects quickly after a Redis restart (retries at most a second apart instead of Lettuce's 30 s),
     * so that work paused by an outage resumes well within the chat leases.
     */
    @Bean(destroyMethod = "shutdown")
    ClientResources redisClientResources() {
        return DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    @Bean
    LettuceConnectionFactory redisConnectionFactory(StoreSettings settings, EmbeddedRedisHolder embedded,
                                                    ClientResources resources) {
        RedisStandaloneConfiguration standalone = embedded.redis() != null
                ? new RedisStandaloneConfiguration("127.0.0.1", embedded.redis().port())
                : fromUrl(settings.redisUrl());
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .clientResources(resources)
                .commandTimeout(Duration.ofSeconds(5))
                .build();
        return new LettuceConnectionFactory(standalone, client);
    }

    @Bean
    StringRedisTemplate stringRedisTemplate(LettuceConnectionFactory factory) {
        return new StringRedisTemplate(factory);
    }

    /** Parses {@code redis://[user:password@]host:port[/db]} (also {@code rediss://} is refused: use a TLS proxy). */
    static RedisStandaloneConfiguration fromUrl(String url) {
        URI uri = URI.create(url.trim());
        if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("REDIS_URL must look like redis://[user:password@]host:port[/db]");
        }
        RedisStandaloneConfiguration config = new RedisStandaloneConfiguration(uri.getHost(),
                uri.getPort() > 0 ? uri.getPort() : 6379);
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            config.setDatabase(Integer.parseInt(path.substring(1)));
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String user = colon >= 0 ? userInfo.substring(0, colon) : userInfo;
            String password = colon >= 0 ? userInfo.substring(colon + 1) : null;
            if (!user.isEmpty() && password != null) {
                config.setUsername(decode(user));
            }
            String secret = password != null ? password : user;
            if (!secret.isEmpty()) {
                config.setPassword(decode(secret));
            }
        }
        return config;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** Holds the embedded server (or nothing) so that it is closed after the connection factory. */
    record EmbeddedRedisHolder(EmbeddedRedis redis) implements AutoCloseable {
        @Override
        public void close() {
            if (redis != null) {
                redis.close();
            }
        }
    }
}
