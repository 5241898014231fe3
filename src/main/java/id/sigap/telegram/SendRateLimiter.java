package id.sigap.telegram;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Token buckets in Redis, shared by every Sigap instance, that keep outgoing messages within
 * Telegram's limits: overall, per private chat (with a short burst), per group.
 * The clock is Redis's own, so instances with skewed clocks still agree.
 */
@Component
class SendRateLimiter {

    /**
     * KEYS: bucket keys. ARGV: per key, rate (tokens per ms) and capacity.
     * Takes one token from every bucket, or none; returns 0, or the ms to wait.
     */
    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            if redis.replicate_commands then redis.replicate_commands() end
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local wait = 0
            local level = {}
            for i, key in ipairs(KEYS) do
              local rate = tonumber(ARGV[2 * i - 1])
              local cap = tonumber(ARGV[2 * i])
              local v = redis.call('HMGET', key, 't', 'ts')
              local tokens = tonumber(v[1]) or cap
              local ts = tonumber(v[2]) or now
              tokens = math.min(cap, tokens + math.max(0, now - ts) * rate)
              level[i] = tokens
              if tokens < 1 then
                wait = math.max(wait, math.ceil((1 - tokens) / rate))
              end
            end
            if wait > 0 then return wait end
            for i, key in ipairs(KEYS) do
              redis.call('HSET', key, 't', tostring(level[i] - 1), 'ts', tostring(now))
              redis.call('PEXPIRE', key, 600000)
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final TelegramSettings settings;

    SendRateLimiter(StringRedisTemplate redis, TelegramSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Blocks until the message may go out under every limit that applies to it. */
    void acquire(OutgoingMessage message) throws InterruptedException {
        long wait;
        while ((wait = tryTake(message)) > 0) {
            Thread.sleep(wait);
        }
    }

    /** 0 when a token was taken, else the milliseconds to wait before trying again. */
    long tryTake(OutgoingMessage message) {
        String chatKey = ChatQueue.PREFIX + "rate:chat:" + message.chatId();
        double chatRate = message.toGroup() ? settings.groupPerMinute() / 60_000.0 : settings.chatPerSecond() / 1000.0;
        // Groups and the overall budget get no burst: any window then holds at most one more than the rate.
        int chatCap = message.toGroup() ? 1 : settings.chatBurst();
        double globalRate = settings.globalPerSecond() / 1000.0;
        int globalCap = 1;
        Long wait = redis.execute(TAKE, List.of(ChatQueue.PREFIX + "rate:global", chatKey),
                Double.toString(globalRate), Integer.toString(globalCap),
                Double.toString(chatRate), Integer.toString(chatCap));
        return wait == null ? 0 : wait;
    }
}
