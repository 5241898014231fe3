package id.sigap.telegram;

import id.sigap.conversation.IncomingMessage;
import id.sigap.privacy.DataCipher;
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
    private static final String POLL_LEASE = PREFIX + "poll-lease";
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
     * KEYS: lock, outbox, inbox. ARGV: owner, ttl ms. Takes the chat's lease (or keeps our own) and, in the
     * same round trip, returns what the worker needs first: {held, outbox head, inbox head} ('' for none).
     */
    private static final RedisScript<List> CLAIM = new DefaultRedisScript<>("""
            local holder = redis.call('GET', KEYS[1])
            if holder and holder ~= ARGV[1] then
              return {'0', '', ''}
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return {'1', redis.call('LINDEX', KEYS[2], 0) or '', redis.call('LINDEX', KEYS[3], 0) or ''}
            """, List.class);

    /**
     * KEYS: inbox, pending, lock, own outbox, then one outbox per outgoing item. ARGV: the head we processed,
     * owner, ttl ms, then per item its chat id and json. Moves the head's replies into their chats' outboxes
     * and pops it, atomically; renews our lease; returns {committed, lease held, outbox head, inbox head}.
     */
    private static final RedisScript<List> COMMIT = new DefaultRedisScript<>("""
            local committed = '0'
            if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
              for i = 5, #KEYS do
                redis.call('RPUSH', KEYS[i], ARGV[2 * (i - 5) + 5])
                redis.call('SADD', KEYS[2], ARGV[2 * (i - 5) + 4])
              end
              redis.call('LPOP', KEYS[1])
              committed = '1'
            end
            local held = '0'
            if redis.call('GET', KEYS[3]) == ARGV[2] then
              redis.call('PEXPIRE', KEYS[3], ARGV[3])
              held = '1'
            end
            return {committed, held, redis.call('LINDEX', KEYS[4], 0) or '', redis.call('LINDEX', KEYS[1], 0) or ''}
            """, List.class);

    /**
     * KEYS: outbox, inbox, lock. ARGV: the head we delivered, owner, ttl ms. Pops the head if it is still
     * there, renews our lease, returns {lease held, outbox head, inbox head}.
     */
    private static final RedisScript<List> ACK_SENT = new DefaultRedisScript<>("""
            if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
              redis.call('LPOP', KEYS[1])
            end
            local held = '0'
            if redis.call('GET', KEYS[3]) == ARGV[2] then
              redis.call('PEXPIRE', KEYS[3], ARGV[3])
              held = '1'
            end
            return {held, redis.call('LINDEX', KEYS[1], 0) or '', redis.call('LINDEX', KEYS[2], 0) or ''}
            """, List.class);

    /** KEYS: lock. ARGV: owner, ttl ms. Extends only our own lease. */
    private static final RedisScript<Long> RENEW = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0
            """, Long.class);

    /**
     * KEYS: lock, inbox, outbox, pending. ARGV: owner, chat id, '1' to forget the chat when idle.
     * Gives the lease back and, in the same step, says whether work is left (1) or not (0): a message
     * recorded by another instance while we held the lease is then not left for the sweeper.
     */
    private static final RedisScript<Long> RELEASE = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('DEL', KEYS[1])
            end
            if redis.call('LLEN', KEYS[2]) == 0 and redis.call('LLEN', KEYS[3]) == 0 then
              if ARGV[3] == '1' then
                redis.call('SREM', KEYS[4], ARGV[2])
              end
              return 0
            end
            return 1
            """, Long.class);

    /** KEYS: offset, poll lease. ARGV: offset, owner. Saves a higher offset, only while holding the lease. */
    private static final RedisScript<Long> SAVE_OFFSET = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[2]) ~= ARGV[2] then
              return 0
            end
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if tonumber(ARGV[1]) > current then
              redis.call('SET', KEYS[1], ARGV[1])
            end
            return 1
            """, Long.class);

    /** KEYS: lease. ARGV: owner, ttl ms. Takes the lease when free, renews it when ours; 1 when held. */
    private static final RedisScript<Long> HOLD = new DefaultRedisScript<>("""
            local holder = redis.call('GET', KEYS[1])
            if not holder then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """, Long.class);

    private static final RedisScript<Long> UNLOCK = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """, Long.class);

    /**
     * KEYS: pending. ARGV: lock key prefix, most to return. The pending chats no worker holds a lease on:
     * work left by a failure or a dead instance. Chats being worked now are skipped, so that sweeping
     * costs one round trip however large the backlog is.
     */
    private static final RedisScript<List> ORPHANS = new DefaultRedisScript<>("""
            local out = {}
            local limit = tonumber(ARGV[2])
            for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              if redis.call('EXISTS', ARGV[1] .. id) == 0 then
                out[#out + 1] = id
                if #out >= limit then break end
              end
            end
            return out
            """, List.class);

    /** KEYS: outbox, pending. ARGV: chat id, then the jsons. Queues calls outside of any incoming message. */
    private static final RedisScript<Long> ENQUEUE = new DefaultRedisScript<>("""
            for i = 2, #ARGV do
              redis.call('RPUSH', KEYS[1], ARGV[i])
            end
            redis.call('SADD', KEYS[2], ARGV[1])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final DataCipher cipher;

    ChatQueue(StringRedisTemplate redis, DataCipher cipher) {
        this.redis = redis;
        this.json = JsonMapper.builder().build();
        this.cipher = cipher;
    }

    /** Payloads rest in Redis (and its append-only file) sealed: they hold what citizens wrote. */
    private String encode(Object payload) {
        return cipher.seal(json.writeValueAsString(payload));
    }

    /** Records an incoming message once; false when its update id was seen before. */
    boolean accept(IncomingMessage message) {
        Long added = redis.execute(ACCEPT,
                List.of(PREFIX + "seen:" + message.channel() + ":" + message.updateId(), inbox(message.chatId()), PENDING),
                String.valueOf(DEDUP_TTL.toSeconds()), encode(message), String.valueOf(message.chatId()));
        return added != null && added == 1L;
    }

    Optional<String> peekInbox(long chatId) {
        return Optional.ofNullable(redis.opsForList().index(inbox(chatId), 0));
    }

    IncomingMessage decode(String raw) {
        return json.readValue(cipher.open(raw), IncomingMessage.class);
    }

    /** Takes the chat's lease; null when another worker holds it, else the heads of both queues. */
    Heads claim(long chatId, String owner, Duration ttl) {
        List<?> r = redis.execute(CLAIM, List.of(lock(chatId), outbox(chatId), inbox(chatId)),
                owner, String.valueOf(ttl.toMillis()));
        if (r == null || r.size() < 3 || !"1".equals(String.valueOf(r.get(0)))) {
            return null;
        }
        return new Heads(true, text(r.get(1)), text(r.get(2)));
    }

    /**
     * Replaces the processed inbox head by its outgoing calls (to any chat), in one step; renews the lease.
     * {@link Commit#committed()} is false when the head was no longer there (another worker committed it).
     */
    Commit commit(long chatId, String processedHead, List<OutgoingMessage> outgoing, String owner, Duration ttl) {
        List<String> keys = new ArrayList<>(outgoing.size() + 4);
        keys.add(inbox(chatId));
        keys.add(PENDING);
        keys.add(lock(chatId));
        keys.add(outbox(chatId));
        List<String> args = new ArrayList<>(2 * outgoing.size() + 3);
        args.add(processedHead);
        args.add(owner);
        args.add(String.valueOf(ttl.toMillis()));
        for (OutgoingMessage message : outgoing) {
            keys.add(outbox(message.chatId()));
            args.add(String.valueOf(message.chatId()));
            args.add(encode(message));
        }
        List<?> r = redis.execute(COMMIT, keys, args.toArray());
        if (r == null || r.size() < 4) {
            throw new IllegalStateException("commit script returned " + r);
        }
        return new Commit("1".equals(String.valueOf(r.get(0))),
                new Heads("1".equals(String.valueOf(r.get(1))), text(r.get(2)), text(r.get(3))));
    }

    /** Queues calls outside of any incoming message (reminders, staff actions from the web console). */
    void enqueue(List<OutgoingMessage> outgoing) {
        java.util.Map<Long, List<String>> byChat = new java.util.LinkedHashMap<>();
        long now = System.currentTimeMillis();
        for (OutgoingMessage message : outgoing) {
            OutgoingMessage stamped = message.queuedAt() == null ? message.withOrigin(message.update(), message.receivedAt(), now) : message;
            byChat.computeIfAbsent(message.chatId(), id -> new ArrayList<>()).add(encode(stamped));
        }
        byChat.forEach((chatId, items) -> {
            List<String> args = new ArrayList<>(items.size() + 1);
            args.add(String.valueOf(chatId));
            args.addAll(items);
            redis.execute(ENQUEUE, List.of(outbox(chatId), PENDING), args.toArray());
        });
    }

    Optional<String> peekOutbox(long chatId) {
        return Optional.ofNullable(redis.opsForList().index(outbox(chatId), 0));
    }

    OutgoingMessage decodeOutgoing(String raw) {
        return json.readValue(cipher.open(raw), OutgoingMessage.class);
    }

    /** Pops the delivered head (if still there), renews the lease, and returns the heads after it. */
    Heads ackSent(long chatId, String head, String owner, Duration ttl) {
        List<?> r = redis.execute(ACK_SENT, List.of(outbox(chatId), inbox(chatId), lock(chatId)),
                head, owner, String.valueOf(ttl.toMillis()));
        if (r == null || r.size() < 3) {
            throw new IllegalStateException("ack script returned " + r);
        }
        return new Heads("1".equals(String.valueOf(r.get(0))), text(r.get(1)), text(r.get(2)));
    }

    boolean tryLock(long chatId, String owner, Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(lock(chatId), owner, ttl));
    }

    boolean renew(long chatId, String owner, Duration ttl) {
        Long ok = redis.execute(RENEW, List.of(lock(chatId)), owner, String.valueOf(ttl.toMillis()));
        return ok != null && ok == 1L;
    }

    /** Gives the lease back; true when work is left for the chat (forgets an idle chat when asked). */
    boolean release(long chatId, String owner, boolean forgetIfIdle) {
        Long left = redis.execute(RELEASE, List.of(lock(chatId), inbox(chatId), outbox(chatId), PENDING),
                owner, String.valueOf(chatId), forgetIfIdle ? "1" : "0");
        return left != null && left == 1L;
    }

    Set<String> pendingChats() {
        Set<String> members = redis.opsForSet().members(PENDING);
        return members == null ? Set.of() : members;
    }

    /** Pending chats that no worker holds (at most {@code limit}). */
    List<String> orphanedChats(int limit) {
        List<?> r = redis.execute(ORPHANS, List.of(PENDING), PREFIX + "lock:", String.valueOf(limit));
        return r == null ? List.of() : r.stream().map(String::valueOf).toList();
    }

    long pendingCount() {
        Long size = redis.opsForSet().size(PENDING);
        return size == null ? 0 : size;
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

    /** Saves the long-polling offset (never lowering it) while {@code owner} holds the polling lease. */
    boolean saveOffset(int offset, String owner) {
        Long ok = redis.execute(SAVE_OFFSET, List.of(OFFSET, POLL_LEASE), String.valueOf(offset), owner);
        return ok != null && ok == 1L;
    }

    /** Takes the polling lease when free or renews it when {@code owner} holds it; true when held. */
    boolean holdPollLease(String owner, Duration ttl) {
        Long ok = redis.execute(HOLD, List.of(POLL_LEASE), owner, String.valueOf(ttl.toMillis()));
        return ok != null && ok == 1L;
    }

    void releasePollLease(String owner) {
        redis.execute(UNLOCK, List.of(POLL_LEASE), owner);
    }

    private static String text(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        return s.isEmpty() ? null : s;
    }

    /** The chat's lease state and the heads of its queues after a step; null heads mean empty. */
    record Heads(boolean held, String outbox, String inbox) {
    }

    /** What a commit did, and the state after it. */
    record Commit(boolean committed, Heads heads) {
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
