package id.sigap.monitoring;

import id.sigap.store.Json;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Monitored items in Redis: one key per item (expiring after the retention), a time index, a claim per
 * normalised text and per link so that an item is stored once whatever the source, and an index per
 * author so that a deletion request finds its items.
 */
final class ItemStore {

    static final String PREFIX = "sigap:monitoring:";
    static final String BY_TIME = PREFIX + "items";
    private static final JsonMapper JSON = Json.MAPPER;
    /** Stores an item; given its text and link keys, only once it has claimed both. */
    private static final RedisScript<String> SAVE = RedisScript.of(new ClassPathResource("lua/monitoring/save-item.lua"),
            String.class);

    private final StringRedisTemplate redis;
    private final Duration retention;
    private final Duration conversationRetention;

    ItemStore(StringRedisTemplate redis, Duration retention) {
        this(redis, retention, retention);
    }

    /**
     * @param conversationRetention how long items from citizens' conversations live: never longer than the
     *                              transcripts they come from are kept
     */
    ItemStore(StringRedisTemplate redis, Duration retention, Duration conversationRetention) {
        this.redis = redis;
        this.retention = retention;
        this.conversationRetention = conversationRetention.compareTo(retention) < 0 ? conversationRetention : retention;
    }

    /**
     * Claims the item for its normalised text and its link (so that the same news seen through two feeds, same
     * link, or two channels, same text, is stored once) and, when neither was claimed, stores it as
     * {@link #save(MonitoredItem, Instant, String)} does, in one step. Empty when the item was new (and is now
     * claimed and stored), else the id of the item already stored for its text or link (nothing is written then).
     */
    Optional<String> claimAndSave(MonitoredItem item, String textHash, Instant now, String message) {
        String textKey = PREFIX + "seen:t:" + textHash;
        String linkKey = item.link() == null ? textKey
                : PREFIX + "seen:l:" + TextFingerprint.sha(TextFingerprint.normalisedLink(item.link()));
        String existing = store(item, now, message, List.of(textKey, linkKey));
        return existing == null || existing.isEmpty() ? Optional.empty() : Optional.of(existing);
    }

    void save(MonitoredItem item, Instant now) {
        save(item, now, null);
    }

    /**
     * Stores the item and, when {@code message} is not null, remembers that the chat message became it (what
     * {@link #rememberMessage} does), in one step.
     */
    void save(MonitoredItem item, Instant now, String message) {
        store(item, now, message, List.of());
    }

    /** save-item.lua: the claim keys (text, link) are claimed first when given; returns the holder's id or ''. */
    private String store(MonitoredItem item, Instant now, String message, List<String> claims) {
        String authorKey = item.author() == null ? "" : PREFIX + "author:" + item.author();
        List<String> keys = new ArrayList<>(List.of(PREFIX + "item:" + item.id(), BY_TIME, authorKey,
                message == null ? "" : PREFIX + "msg:" + message));
        keys.addAll(claims);
        return redis.execute(SAVE, keys,
                JSON.writeValueAsString(item), item.id(), Long.toString(item.time().toEpochMilli()),
                Long.toString(retention.toMillis()), Long.toString(now.toEpochMilli()),
                Long.toString((item.kind() == SourceKind.CONVERSATION ? conversationRetention : retention).toMillis()));
    }

    /** Items published in [from, to), oldest first. */
    List<MonitoredItem> between(Instant from, Instant to) {
        Set<String> ids = redis.opsForZSet().rangeByScore(BY_TIME, from.toEpochMilli(), to.toEpochMilli() - 1);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<String> keys = ids.stream().map(id -> PREFIX + "item:" + id).toList();
        List<MonitoredItem> items = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i += 500) {
            List<String> values = redis.opsForValue().multiGet(keys.subList(i, Math.min(keys.size(), i + 500)));
            if (values != null) {
                for (String json : values) {
                    if (json != null) {
                        items.add(JSON.readValue(json, MonitoredItem.class));
                    }
                }
            }
        }
        return items;
    }

    Optional<MonitoredItem> find(String id) {
        String json = redis.opsForValue().get(PREFIX + "item:" + id);
        return json == null ? Optional.empty() : Optional.of(JSON.readValue(json, MonitoredItem.class));
    }

    /** Claims a revised text for an item already stored, unless another item holds that text. */
    void claimText(String textHash, String id) {
        redis.opsForValue().setIfAbsent(PREFIX + "seen:t:" + textHash, id, retention);
    }

    /** Remembers which item a chat message became, so that an edit of the message revises that item. */
    void rememberMessage(String message, String itemId) {
        redis.opsForValue().set(PREFIX + "msg:" + message, itemId, retention);
    }

    /** The item a chat message became, if it became one within the retention. */
    Optional<String> itemOfMessage(String message) {
        return Optional.ofNullable(redis.opsForValue().get(PREFIX + "msg:" + message));
    }

    /** Deletes every item an author posted; returns how many. */
    int forgetAuthor(String author) {
        Set<String> ids = redis.opsForSet().members(PREFIX + "author:" + author);
        if (ids == null || ids.isEmpty()) {
            return 0;
        }
        for (String id : ids) {
            redis.delete(PREFIX + "item:" + id);
            redis.opsForZSet().remove(BY_TIME, id);
        }
        redis.delete(PREFIX + "author:" + author);
        return ids.size();
    }
}
