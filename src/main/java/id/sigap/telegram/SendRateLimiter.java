package id.sigap.telegram;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
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
     * KEYS[1]: the "replies are waiting" flag; KEYS[2]: the broadcast pause (after a 429); KEYS[3]: the "an
     * emergency is waiting" flag; KEYS[4..]: bucket keys, the overall one first. ARGV[1]: the take's rank,
     * 'u' for an emergency, '0' for a reply, '1' for a broadcast; then per bucket its rate (tokens per ms) and
     * capacity; last, how long past its wait a flag stays up (ms).
     * Takes one token from every bucket, or none; returns 0, or the ms to wait.
     * Emergencies first, then replies, then broadcasts: a take that has to wait for the overall budget raises
     * its rank's flag for as long as it waits, and every lower rank is refused while a higher flag is up (a
     * broadcast also while the pause is), so the next token goes to the higher rank.
     */
    private static final RedisScript<Long> TAKE = RedisScript.of(new ClassPathResource("lua/telegram/send-rate-take.lua"), Long.class);

    private static final String GLOBAL = ChatQueue.PREFIX + "rate:global";
    private static final String PAID = ChatQueue.PREFIX + "rate:paid";
    private static final String REPLIES_WAITING = ChatQueue.PREFIX + "rate:replies-waiting";
    private static final String BROADCAST_PAUSE = ChatQueue.PREFIX + "rate:broadcast-pause";
    private static final String URGENT_WAITING = ChatQueue.PREFIX + "rate:urgent-waiting";

    /** Default time the flag outlives a waiting reply's wait: long enough for its thread to wake and take the token. */
    static final long REPLY_GRACE_MS = 15;

    private final StringRedisTemplate redis;
    private final TelegramSettings settings;
    private final long replyGraceMs;

    @org.springframework.beans.factory.annotation.Autowired
    SendRateLimiter(StringRedisTemplate redis, TelegramSettings settings) {
        this(redis, settings, REPLY_GRACE_MS);
    }

    SendRateLimiter(StringRedisTemplate redis, TelegramSettings settings, long replyGraceMs) {
        this.redis = redis;
        this.settings = settings;
        this.replyGraceMs = replyGraceMs;
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
        return take(message.urgent() ? "u" : "0", message.chatId(), message.toGroup(), settings.globalPerSecond(), GLOBAL);
    }

    /**
     * Blocks until a broadcast message to {@code chatId} may go out: within the chat's own limit and the
     * overall one, and only when no reply is waiting for a token (replies first). A paid broadcast
     * ({@code allow_paid_broadcast}) has its own, higher overall budget instead of the shared one.
     */
    void acquireForBroadcast(long chatId, boolean paid, double paidPerSecond) throws InterruptedException {
        long wait;
        while ((wait = tryTakeForBroadcast(chatId, paid, paidPerSecond)) > 0) {
            Thread.sleep(Math.min(wait, 1_000));
        }
    }

    /**
     * Holds back every instance's broadcast messages for {@code millis} (Telegram answered 429 with that
     * retry_after); replies are not held back.
     */
    void pauseBroadcasts(long millis) {
        redis.opsForValue().set(BROADCAST_PAUSE, "1", java.time.Duration.ofMillis(Math.max(1, millis)));
    }

    /** 0 when a broadcast token was taken, else the milliseconds to wait. */
    long tryTakeForBroadcast(long chatId, boolean paid, double paidPerSecond) {
        return paid ? take("0", chatId, chatId < 0, paidPerSecond, PAID)
                : take("1", chatId, chatId < 0, settings.globalPerSecond(), GLOBAL);
    }

    private long take(String rank, long chatId, boolean group, double perSecond, String overallKey) {
        String chatKey = ChatQueue.PREFIX + "rate:chat:" + chatId;
        double chatRate = group ? settings.groupPerMinute() / 60_000.0 : settings.chatPerSecond() / 1000.0;
        // Groups and the overall budget get no burst: any window then holds at most one more than the rate.
        int chatCap = group ? 1 : settings.chatBurst();
        Long wait = redis.execute(TAKE, List.of(REPLIES_WAITING, BROADCAST_PAUSE, URGENT_WAITING, overallKey, chatKey), rank,
                Double.toString(perSecond / 1000.0), "1",
                Double.toString(chatRate), Integer.toString(chatCap), Long.toString(replyGraceMs));
        return wait == null ? 0 : wait;
    }
}
