package id.sigap.monitoring;

import id.sigap.store.Json;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;

/** The {@link FeedStatus} of each feed, in one Redis hash so that every instance sees the same. */
final class FeedStatuses {

    static final String KEY = "sigap:monitoring:feeds";
    private static final JsonMapper JSON = Json.MAPPER;

    private final StringRedisTemplate redis;

    FeedStatuses(StringRedisTemplate redis) {
        this.redis = redis;
    }

    FeedStatus get(String url) {
        Object json = redis.opsForHash().get(KEY, field(url));
        return json == null ? FeedStatus.fresh(url) : JSON.readValue(json.toString(), FeedStatus.class);
    }

    void put(FeedStatus status) {
        redis.opsForHash().put(KEY, field(status.url()), JSON.writeValueAsString(status));
    }

    static String field(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
