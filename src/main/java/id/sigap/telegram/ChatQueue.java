package id.sigap.telegram;

import id.sigap.conversation.IncomingMessage;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable per-chat queues in Redis that make the channel lose nothing:
 * an inbox of recorded updates (deduplicated by update id), an outbox of Bot API calls not yet
 * delivered, a lease per chat so that one worker at a time handles a chat (in order), and the
 * long-polling offset. Every change that must be atomic is one Lua script.
 */
@Component
class ChatQueue {

    static final String PREFIX = "sigap:tg:";
    private static final String PENDING = PREFIX + "pending";
    private static final String OFFSET = PREFIX + "offset";
    private static final Duration DEDUP_TTL = Duration.ofDays(2);

    /** KEYS: dedup, inbox, pending. ARGV: ttl seconds, message json, chat id. 1 when new. */
    private static final RedisScript<Long> ACCEPT = new DefaultRedisScript<>("""
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('RPUSH', KEYS[2], ARGV[2])
              redis.call('SADD', KEYS[3], ARGV[3])
              return 1
            end
            return 0
            """, Long.class);

    /**
     * KEYS: inbox, pending, then one outbox per outgoing item. ARGV: the head we processed, then per item
     * its chat id and json. Moves the head's replies into their chats' outboxes and pops it, atomically.
     */
    private static final RedisScript<Long> COMMIT = new DefaultRedisScript<>("""
            if redis.call('LINDEX', KEYS[1], 0) ~= ARGV[1] then
              return 0
            end
            for i = 3, #KEYS do
              redis.call('RPUSH', KEYS[i], ARGV[2 * (i - 2) + 1])
              redis.call('SADD', KEYS[2], ARGV[2 * (i - 2)])
            end
            redis.call('LPOP', KEYS[1])
            return 1
            """, Long.class);

    /** KEYS: outbox. ARGV: the head we delivered. */
    private static final RedisScript<Long> POP_IF_HEAD = new DefaultRedisScript<>("""
            if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
              redis.call('LPOP', KEYS[1])
              return 1
            end
            return 0
            """, Long.class);

    /** KEYS: lock. ARGV: owner, ttl ms. Extends only our own lease. */
    private static final RedisScript<Long> RENEW = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0
            """, Long.class);

    private static final RedisScript<Long> UNLOCK = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """, Long.class);

    /** KEYS: inbox, outbox, pending. ARGV: chat id. Forgets a chat with nothing left to do. */
    private static final RedisScript<Long> FORGET_IF_IDLE = new DefaultRedisScript<>("""
            if redis.call('LLEN', KEYS[1]) == 0 and redis.call('LLEN', KEYS[2]) == 0 then
              redis.call('SREM', KEYS[3], ARGV[1])
              return 1
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    ChatQueue(StringRedisTemplate redis) {
        this.redis = redis;
        this.json = JsonMapper.builder().build();
    }

    /** Records an incoming message once; false when its update id was seen before. */
    boolean accept(IncomingMessage message) {
        Long added = redis.execute(ACCEPT,
                List.of(PREFIX + "seen:" + message.channel() + ":" + message.updateId(), inbox(message.chatId()), PENDING),
                String.valueOf(DEDUP_TTL.toSeconds()), json.writeValueAsString(message), String.valueOf(message.chatId()));
        return added != null && added == 1L;
    }

    Optional<String> peekInbox(long chatId) {
        return Optional.ofNullable(redis.opsForList().index(inbox(chatId), 0));
    }

    IncomingMessage decode(String raw) {
        return json.readValue(raw, IncomingMessage.class);
    }

    /** Replaces the processed inbox head by its outgoing calls (to any chat), in one step. */
    boolean commit(long chatId, String processedHead, List<OutgoingMessage> outgoing) {
        List<String> keys = new ArrayList<>(outgoing.size() + 2);
        keys.add(inbox(chatId));
        keys.add(PENDING);
        List<String> args = new ArrayList<>(2 * outgoing.size() + 1);
        args.add(processedHead);
        for (OutgoingMessage message : outgoing) {
            keys.add(outbox(message.chatId()));
            args.add(String.valueOf(message.chatId()));
            args.add(json.writeValueAsString(message));
        }
        Long done = redis.execute(COMMIT, keys, args.toArray());
        return done != null && done == 1L;
    }

    /** Queues calls outside of any incoming message (reminders, staff actions from the web console). */
    void enqueue(List<OutgoingMessage> outgoing) {
        for (OutgoingMessage message : outgoing) {
            redis.opsForList().rightPush(outbox(message.chatId()), json.writeValueAsString(message));
            redis.opsForSet().add(PENDING, String.valueOf(message.chatId()));
        }
    }

    Optional<String> peekOutbox(long chatId) {
        return Optional.ofNullable(redis.opsForList().index(outbox(chatId), 0));
    }

    OutgoingMessage decodeOutgoing(String raw) {
        return json.readValue(raw, OutgoingMessage.class);
    }

    void popOutbox(long chatId, String head) {
        redis.execute(POP_IF_HEAD, List.of(outbox(chatId)), head);
    }

    boolean tryLock(long chatId, String owner, Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock(chatId), owner, ttl));
    }

    boolean renew(long chatId, String owner, Duration ttl) {
        Long ok = redis.execute(RENEW, List.of(lock(chatId)), owner, String.valueOf(ttl.toMillis()));
        return ok != null && ok == 1L;
    }

    void unlock(long chatId, String owner) {
        redis.execute(UNLOCK, List.of(lock(chatId)), owner);
    }

    /** True when nothing is left for the chat (and it is no longer listed as pending). */
    boolean forgetIfIdle(long chatId) {
        Long idle = redis.execute(FORGET_IF_IDLE, List.of(inbox(chatId), outbox(chatId), PENDING), String.valueOf(chatId));
        return idle != null && idle == 1L;
    }

    Set<String> pendingChats() {
        Set<String> members = redis.opsForSet().members(PENDING);
        return members == null ? Set.of() : members;
    }

    long inboxSize(long chatId) {
        Long size = redis.opsForList().size(inbox(chatId));
        return size == null ? 0 : size;
    }

    long outboxSize(long chatId) {
        Long size = redis.opsForList().size(outbox(chatId));
        return size == null ? 0 : size;
    }

    int offset() {
        String value = redis.opsForValue().get(OFFSET);
        return value == null ? 0 : Integer.parseInt(value);
    }

    void saveOffset(int offset) {
        redis.opsForValue().set(OFFSET, String.valueOf(offset));
    }

    private static String inbox(long chatId) {
        return PREFIX + "inbox:" + chatId;
    }

    private static String outbox(long chatId) {
        return PREFIX + "outbox:" + chatId;
    }

    private static String lock(long chatId) {
        return PREFIX + "lock:" + chatId;
    }
}
