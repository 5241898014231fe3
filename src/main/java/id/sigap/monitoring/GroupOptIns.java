package id.sigap.monitoring;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The community groups staff opted in for monitoring ({@code /pantau on}), in one Redis set. */
final class GroupOptIns {

    static final String KEY = ItemStore.PREFIX + "groups";

    private final StringRedisTemplate redis;

    GroupOptIns(StringRedisTemplate redis) {
        this.redis = redis;
    }

    boolean watched(long chatId) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(KEY, Long.toString(chatId)));
    }

    /** True when it changed. */
    boolean watch(long chatId, boolean on) {
        Long changed = on ? redis.opsForSet().add(KEY, Long.toString(chatId))
                : redis.opsForSet().remove(KEY, Long.toString(chatId));
        return changed != null && changed > 0;
    }
}
