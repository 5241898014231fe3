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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The shared state store: an external Redis when {@code REDIS_URL} is set, otherwise an embedded
 * redis-server started before the connection factory and stopped after it, so after every bean that uses
 * Redis has stopped (ordered shutdown: docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class StateStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StateStoreConfiguration.class);
    /** How long the context's ordered shutdown may take before the embedded server is stopped at JVM exit anyway. */
    private static final Duration STOPPED_BY_CONTEXT_WITHIN = Duration.ofSeconds(90);

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(StoreSettings settings, Environment environment) {
        if (!settings.embedded()) {
            return new EmbeddedRedisHolder(null, null);
        }
        Path dir = settings.dataDir().resolve("redis");
        ownerOnly(settings.dataDir());
        try {
            EmbeddedRedis redis = EmbeddedRedis.startWithPassword(dir, settings.embeddedPort())
                    .closedByApplication(STOPPED_BY_CONTEXT_WITHIN);
            if (!environment.getProperty("sigap.telegram.token", "").isBlank()) {
                log.warn("The Telegram channel runs on the embedded Redis under {}: fine for a trial, but for "
                        + "production set REDIS_URL to a Redis with persistence and backups (docs/operations.md)",
                        dir.toAbsolutePath());
            }
            return new EmbeddedRedisHolder(redis, null);
        } catch (EmbeddedRedis.DirectoryInUse inUse) {
            if (!settings.joinRunningRedis()) {
                throw inUse;
            }
            RedisOwner owner = EmbeddedRedis.runningIn(dir, Duration.ofSeconds(10)).orElseThrow(() ->
                    new IllegalStateException(inUse.getMessage() + " Its Redis does not answer."));
            log.info("{} is held by Sigap process {}: using its Redis on port {} as a client", dir, owner.ownerPid(),
                    owner.port());
            return new EmbeddedRedisHolder(null, owner);
        }
    }

    /** Liveness (docs/operations.md): DOWN when the embedded redis-server has died or stopped answering. */
    @Bean
    HealthIndicator embeddedRedisHealthIndicator(EmbeddedRedisHolder embedded) {
        return () -> {
            if (embedded.redis() == null) {
                return Health.up().withDetail("embedded", false).build();
            }
            return (embedded.redis().answers() ? Health.up() : Health.down())
                    .withDetail("embedded", true).withDetail("version", embedded.redis().version()).build();
        };
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
        RedisStandaloneConfiguration standalone = embedded.isLocal()
                ? embedded.connection()
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

    private static void ownerOnly(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not make the data directory {} owner-only (0700): {}", dataDir, e.toString());
        }
    }

    /**
     * The embedded server this process runs, or the one another Sigap process runs on the same data
     * directory that this one joined as a client ({@code chat} beside the service), or neither (REDIS_URL).
     * Closed after the connection factory, which depends on it.
     */
    record EmbeddedRedisHolder(EmbeddedRedis redis, RedisOwner joined) implements AutoCloseable {

        boolean isLocal() {
            return redis != null || joined != null;
        }

        RedisStandaloneConfiguration connection() {
            int port = redis != null ? redis.port() : joined.port();
            String password = redis != null ? redis.password() : joined.password();
            RedisStandaloneConfiguration config = new RedisStandaloneConfiguration("127.0.0.1", port);
            if (!password.isEmpty()) {
                config.setPassword(password);
            }
            return config;
        }

        @Override
        public void close() {
            if (redis != null) {
                redis.close();
            }
        }
    }
}
