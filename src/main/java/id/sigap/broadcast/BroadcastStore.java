package id.sigap.broadcast;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Broadcasts and their durable delivery state in Redis. A broadcast is a hash {@code sigap:bc:<id>};
 * sending snapshots its recipients into a set ({@code :todo}); a sender moves one recipient at a time into
 * {@code :inflight} (with its owner and the time), and after the Bot API call into {@code :done}, counting
 * the outcome in {@code :n}. Each step is one Lua script, so instances share the work and a recipient is
 * sent to at most once: after a restart the rest of {@code :todo} goes on, and a recipient left in flight
 * by an instance that died is counted as interrupted, not sent again.
 */
@Component
class BroadcastStore {

    static final String PREFIX = "sigap:bc:";
    private static final String INDEX = PREFIX + "index";
    private static final String ACTIVE = PREFIX + "active";
    private static final String SEQUENCE = PREFIX + "seq";

    /**
     * KEYS: broadcast, todo, active, counts, then the area sets to send to. ARGV: id, sender, now ms.
     * Snapshots the recipients and starts sending; the number targeted, or -1 when not a draft.
     */
    private static final RedisScript<Long> START = RedisScript.of(new ClassPathResource("lua/broadcast/start.lua"), Long.class);

    /**
     * KEYS: todo, inflight, done, counts, then the area sets of the broadcast. ARGV: owner, now ms.
     * Takes the next recipient still subscribed and marks it in flight; nil when none is left.
     */
    private static final RedisScript<String> CLAIM = RedisScript.of(new ClassPathResource("lua/broadcast/claim.lua"), String.class);

    /**
     * KEYS: inflight, done, counts, the chat's context key. ARGV: chat, outcome field, owner, context value
     * (broadcast id and message id), context ttl ms (0: none). Records the outcome of a recipient this owner holds; 0 when it no longer does.
     */
    private static final RedisScript<Long> SETTLE = RedisScript.of(new ClassPathResource("lua/broadcast/settle.lua"), Long.class);

    /** KEYS: inflight, todo. ARGV: chat, owner. Gives back a recipient not yet sent to (429, shutting down). */
    private static final RedisScript<Long> GIVE_BACK = RedisScript.of(new ClassPathResource("lua/broadcast/give-back.lua"), Long.class);

    /** KEYS: inflight. ARGV: chat, owner, now ms. Renews the claim of a recipient still being tried. */
    private static final RedisScript<Long> RENEW = RedisScript.of(new ClassPathResource("lua/broadcast/renew.lua"), Long.class);

    /**
     * KEYS: inflight, done, counts. ARGV: oldest claim time still alive (ms). Recipients held longer than that
     * by an owner that stopped renewing are counted as interrupted; returns how many.
     */
    private static final RedisScript<Long> REAP = RedisScript.of(new ClassPathResource("lua/broadcast/reap.lua"), Long.class);

    /**
     * KEYS: todo, done, counts. ARGV: outcome field. Settles every recipient not yet claimed with that outcome
     * (the update expired, or was stopped); returns how many.
     */
    private static final RedisScript<Long> DRAIN = RedisScript.of(new ClassPathResource("lua/broadcast/drain.lua"), Long.class);

    /**
     * KEYS: broadcast, todo, inflight, active. ARGV: id, now ms, final state. Finishes a broadcast with
     * nothing left to send; 1 when this call finished it.
     */
    private static final RedisScript<Long> FINISH = RedisScript.of(new ClassPathResource("lua/broadcast/finish.lua"), Long.class);

    /** KEYS: broadcast. ARGV: who, now ms. Cancels a draft; 1 when it was one. */
    private static final RedisScript<Long> CANCEL_DRAFT = RedisScript.of(new ClassPathResource("lua/broadcast/cancel-draft.lua"), Long.class);

    private final StringRedisTemplate redis;

    BroadcastStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    String nextId() {
        return "B" + redis.opsForValue().increment(SEQUENCE);
    }

    void saveDraft(Broadcast b) {
        Map<String, String> fields = new HashMap<>();
        fields.put("text", b.text());
        fields.put("areas", String.join(",", b.areas()));
        fields.put("state", b.state().name());
        fields.put("createdBy", b.createdBy());
        fields.put("createdAt", Long.toString(b.createdAt().toEpochMilli()));
        fields.put("urgent", Boolean.toString(b.urgent()));
        if (b.entryId() != null) {
            fields.put("entryId", b.entryId());
        }
        if (b.expiresAt() != null) {
            fields.put("expiresAt", Long.toString(b.expiresAt().toEpochMilli()));
        }
        if (b.keywords() != null) {
            fields.put("keywords", b.keywords());
        }
        redis.opsForHash().putAll(key(b.id()), fields);
        redis.opsForZSet().add(INDEX, b.id(), b.createdAt().toEpochMilli());
    }

    void setNotice(String id, String noticeId) {
        redis.opsForHash().put(key(id), "noticeId", noticeId);
    }

    Optional<Broadcast> find(String id) {
        if (id == null || !id.matches("B[0-9]{1,12}")) {
            return Optional.empty();
        }
        Map<Object, Object> h = redis.opsForHash().entries(key(id));
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Broadcast(id, str(h, "text"), str(h, "entryId"),
                Arrays.stream(str(h, "areas").split(",")).filter(s -> !s.isBlank()).toList(), time(h, "expiresAt"),
                str(h, "keywords"), Broadcast.State.valueOf(str(h, "state")), str(h, "createdBy"), time(h, "createdAt"),
                str(h, "sentBy"), time(h, "sentAt"), Boolean.parseBoolean(str(h, "urgent")), time(h, "finishedAt"),
                str(h, "stoppedBy"), str(h, "noticeId")));
    }

    /** Newest first. */
    List<Broadcast> recent(int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(INDEX, 0, limit - 1L);
        List<Broadcast> list = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            find(id).ifPresent(list::add);
        }
        return list;
    }

    /** Broadcasts being sent, oldest first. */
    List<String> active() {
        Set<String> ids = redis.opsForSet().members(ACTIVE);
        return ids == null ? List.of() : ids.stream()
                .sorted((a, b) -> Long.compare(Long.parseLong(a.substring(1)), Long.parseLong(b.substring(1)))).toList();
    }

    long start(Broadcast b, String sender, Instant now) {
        List<String> keys = new ArrayList<>(List.of(key(b.id()), todo(b.id()), ACTIVE, counts(b.id())));
        keys.addAll(areaKeys(b));
        Long n = redis.execute(START, keys, b.id(), sender, Long.toString(now.toEpochMilli()));
        return n == null ? -1 : n;
    }

    Optional<Long> claim(Broadcast b, String owner, Instant now) {
        List<String> keys = new ArrayList<>(List.of(todo(b.id()), inflight(b.id()),
                done(b.id()), counts(b.id())));
        keys.addAll(areaKeys(b));
        String chat = redis.execute(CLAIM, keys, owner, Long.toString(now.toEpochMilli()));
        return chat == null ? Optional.empty() : Optional.of(Long.parseLong(chat));
    }

    /** Records the outcome ({@code sent}, {@code blocked}, {@code failed:<reason>}); true when still held. */
    boolean settle(String id, long chatId, String outcome, String owner, Long messageId, long contextMillis) {
        Long done = redis.execute(SETTLE, List.of(inflight(id), done(id), counts(id),
                        contextKey(chatId)), Long.toString(chatId), outcome, owner,
                id + ":" + (messageId == null ? "" : messageId), Long.toString(contextMillis));
        return done != null && done == 1;
    }

    void giveBack(String id, long chatId, String owner) {
        redis.execute(GIVE_BACK, List.of(inflight(id), todo(id)), Long.toString(chatId), owner);
    }

    /**
     * Gives back every recipient of the broadcast that {@code owner} still holds, except those in {@code keep};
     * called when none of the owner's senders is running, so nothing it holds is being sent. Returns how many.
     */
    long releaseHeldBy(String id, String owner, Set<Long> keep) {
        long n = 0;
        for (Map.Entry<Object, Object> held : redis.opsForHash().entries(inflight(id)).entrySet()) {
            long chat = Long.parseLong(held.getKey().toString());
            if (held.getValue().toString().startsWith(owner + "|") && !keep.contains(chat)) {
                Long back = redis.execute(GIVE_BACK, List.of(inflight(id), todo(id)), Long.toString(chat), owner);
                n += back == null ? 0 : back;
            }
        }
        return n;
    }

    void renew(String id, long chatId, String owner, Instant now) {
        redis.execute(RENEW, List.of(inflight(id)), Long.toString(chatId), owner,
                Long.toString(now.toEpochMilli()));
    }

    long reap(String id, Instant olderThan) {
        Long n = redis.execute(REAP, List.of(inflight(id), done(id), counts(id)),
                Long.toString(olderThan.toEpochMilli()));
        return n == null ? 0 : n;
    }

    long drain(String id, String outcome) {
        Long n = redis.execute(DRAIN, List.of(todo(id), done(id), counts(id)), outcome);
        return n == null ? 0 : n;
    }

    boolean finish(String id, Broadcast.State state, Instant now) {
        Long done = redis.execute(FINISH, List.of(key(id), todo(id), inflight(id), ACTIVE), id,
                Long.toString(now.toEpochMilli()), state.name());
        return done != null && done == 1;
    }

    void markStopped(String id, String who) {
        redis.opsForHash().put(key(id), "stoppedBy", who);
    }

    boolean cancelDraft(String id, String who, Instant now) {
        Long done = redis.execute(CANCEL_DRAFT, List.of(key(id)), who, Long.toString(now.toEpochMilli()));
        return done != null && done == 1;
    }

    Receipt receipt(String id) {
        Map<String, Long> counts = new HashMap<>();
        redis.opsForHash().entries(counts(id)).forEach((k, v) -> counts.put(k.toString(), Long.parseLong(v.toString())));
        Long todo = redis.opsForSet().size(todo(id));
        Long inflight = redis.opsForHash().size(inflight(id));
        counts.put("pending", (todo == null ? 0 : todo) + (inflight == null ? 0 : inflight));
        return Receipt.of(counts);
    }

    /** The broadcast last delivered to the chat within the context window, and its message id there. */
    Optional<Delivered> lastDeliveredTo(long chatId) {
        String value = redis.opsForValue().get(contextKey(chatId));
        if (value == null || !value.contains(":")) {
            return Optional.empty();
        }
        String[] parts = value.split(":", 2);
        return Optional.of(new Delivered(parts[0], parts[1].isEmpty() ? null : Long.parseLong(parts[1])));
    }

    /** An update as it reached one chat. */
    record Delivered(String broadcastId, Long messageId) {
    }

    void forgetChat(long chatId) {
        redis.delete(contextKey(chatId));
    }

    /** The subscriber sets a broadcast goes to: everyone, or its areas plus those who chose all areas. */
    private static List<String> areaKeys(Broadcast b) {
        if (b.toEveryone()) {
            return List.of(Subscriptions.EVERYONE);
        }
        List<String> keys = new ArrayList<>();
        keys.add(Subscriptions.areaKey(Area.ALL.code()));
        b.areas().forEach(code -> keys.add(Subscriptions.areaKey(code)));
        return keys;
    }

    static String key(String id) {
        return PREFIX + id;
    }

    /** Recipients not yet handed out (a set of chat ids). */
    private static String todo(String id) {
        return key(id) + ":todo";
    }

    /** Recipients being sent to: chat id → owner|claim time. */
    private static String inflight(String id) {
        return key(id) + ":inflight";
    }

    /** Recipients dealt with (a set of chat ids). */
    private static String done(String id) {
        return key(id) + ":done";
    }

    /** Outcome counts. */
    private static String counts(String id) {
        return key(id) + ":n";
    }

    static String contextKey(long chatId) {
        return PREFIX + "ctx:" + chatId;
    }

    private static String str(Map<Object, Object> h, String field) {
        Object v = h.get(field);
        return v == null ? null : v.toString();
    }

    private static Instant time(Map<Object, Object> h, String field) {
        Object v = h.get(field);
        return v == null ? null : Instant.ofEpochMilli(Long.parseLong(v.toString()));
    }
}
