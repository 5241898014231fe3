package id.sigap.broadcast;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who asked for official updates of which areas, in Redis: per chat the set of its area codes, and per
 * area the set of its chats, changed together by Lua scripts so that the two never disagree. Only a
 * citizen's own button press adds a subscription.
 */
@Component
public class Subscriptions {

    static final String PREFIX = "sigap:bc:sub:";

    /** Every chat subscribed to anything: the recipients of an update for all areas. */
    static final String EVERYONE = PREFIX + "everyone";

    /** KEYS: chat's set, area's set, everyone. ARGV: area code, chat id. 1 when added, 0 when already there. */
    private static final RedisScript<Long> ADD = RedisScript.of(new ClassPathResource("lua/broadcast/subscriptions-add.lua"), Long.class);

    /** KEYS: chat's set, area's set, everyone. ARGV: area code, chat id. 1 when removed. */
    private static final RedisScript<Long> REMOVE = RedisScript.of(new ClassPathResource("lua/broadcast/subscriptions-remove.lua"), Long.class);

    /**
     * KEYS: chat's set, everyone. ARGV: area key prefix, chat id. Removes the chat everywhere; returns how many
     * areas it had.
     */
    private static final RedisScript<Long> REMOVE_ALL = RedisScript.of(new ClassPathResource("lua/broadcast/subscriptions-remove-all.lua"), Long.class);

    private final StringRedisTemplate redis;

    Subscriptions(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** True when the chat was not yet subscribed to the area. */
    public boolean subscribe(long chatId, Area area) {
        Long added = redis.execute(ADD, List.of(chatKey(chatId), areaKey(area.code()), EVERYONE), area.code(), Long.toString(chatId));
        return added != null && added == 1;
    }

    public boolean unsubscribe(long chatId, Area area) {
        Long removed = redis.execute(REMOVE, List.of(chatKey(chatId), areaKey(area.code()), EVERYONE), area.code(), Long.toString(chatId));
        return removed != null && removed == 1;
    }

    /** Removes every subscription of the chat; returns how many areas it had. */
    public int unsubscribeAll(long chatId) {
        Long removed = redis.execute(REMOVE_ALL, List.of(chatKey(chatId), EVERYONE), PREFIX + "area:", Long.toString(chatId));
        return removed == null ? 0 : removed.intValue();
    }

    /** The codes of the areas the chat subscribed to ({@code semua} for all). */
    public Set<String> areasOf(long chatId) {
        Set<String> codes = redis.opsForSet().members(chatKey(chatId));
        return codes == null ? Set.of() : codes;
    }

    /** Subscribers per area code of the given areas. */
    public Map<String, Long> counts(List<Area> areas) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Area area : areas) {
            Long size = redis.opsForSet().size(areaKey(area.code()));
            counts.put(area.code(), size == null ? 0 : size);
        }
        return counts;
    }

    /** Chats subscribed to anything. */
    public long total() {
        Long size = redis.opsForSet().size(EVERYONE);
        return size == null ? 0 : size;
    }

    static String chatKey(long chatId) {
        return PREFIX + "chat:" + chatId;
    }

    static String areaKey(String code) {
        return PREFIX + "area:" + code;
    }
}
