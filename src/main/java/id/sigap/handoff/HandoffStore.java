package id.sigap.handoff;

import id.sigap.transcript.Redactor;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The durable handoff queue in Redis. A handoff is a hash; the waiting ones are also in a sorted set
 * (emergencies first, then oldest first); one open handoff per chat. Every state change is one Lua
 * script that checks the current state, so two staff claiming at once get exactly one winner, and a
 * restart (of Sigap, or of Redis with persistence on) loses nothing.
 */
@Component
class HandoffStore {

    static final String PREFIX = "sigap:handoff:";
    private static final String WAITING = PREFIX + "waiting";
    private static final String CLAIMED = PREFIX + "claimed";
    private static final String CLOSED = PREFIX + "closed";
    private static final String CLAIM_TIMES = PREFIX + "claim-seconds";

    /** KEYS: active, hash, waiting. ARGV: id, score, then field/value pairs. Returns the open id. */
    private static final RedisScript<String> OPEN = new DefaultRedisScript<>("""
            local existing = redis.call('GET', KEYS[1])
            if existing and redis.call('EXISTS', '%sh:' .. existing) == 1 then
              return existing
            end
            local fields = {}
            for i = 3, #ARGV do fields[#fields + 1] = ARGV[i] end
            redis.call('HSET', KEYS[2], unpack(fields))
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
            return ARGV[1]
            """.formatted(PREFIX), String.class);

    /** KEYS: hash, waiting, claimed. ARGV: id, staff id, staff name, now. Returns '' on success or the holder. */
    private static final RedisScript<String> CLAIM = new DefaultRedisScript<>("""
            local state = redis.call('HGET', KEYS[1], 'state')
            if not state then return 'missing' end
            if state == 'CLAIMED' and redis.call('HGET', KEYS[1], 'staffUserId') == ARGV[2] then return '' end
            if state ~= 'WAITING' then
              return state .. ':' .. (redis.call('HGET', KEYS[1], 'staffName') or '')
            end
            redis.call('HSET', KEYS[1], 'state', 'CLAIMED', 'staffUserId', ARGV[2], 'staffName', ARGV[3], 'claimedAt', ARGV[4])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('SADD', KEYS[3], ARGV[1])
            return ''
            """, String.class);

    /**
     * KEYS: hash, waiting, claimed, closed, active. ARGV: id, new state, staff id or '', now.
     * Closes an open handoff; a claimed one only by its holder. Returns '' on success or why not.
     */
    private static final RedisScript<String> CLOSE = new DefaultRedisScript<>("""
            local state = redis.call('HGET', KEYS[1], 'state')
            if not state then return 'missing' end
            if state ~= 'WAITING' and state ~= 'CLAIMED' then return state end
            local holder = redis.call('HGET', KEYS[1], 'staffUserId')
            if state == 'CLAIMED' and ARGV[3] ~= '' and holder ~= ARGV[3] then
              return 'held:' .. (redis.call('HGET', KEYS[1], 'staffName') or '')
            end
            redis.call('HSET', KEYS[1], 'state', ARGV[2], 'closedAt', ARGV[4])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('SREM', KEYS[3], ARGV[1])
            redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
            if redis.call('GET', KEYS[5]) == ARGV[1] then redis.call('DEL', KEYS[5]) end
            return ''
            """, String.class);

    /** KEYS: hash. ARGV: field. Sets a flag once; 1 the first time. */
    private static final RedisScript<Long> FLAG_ONCE = new DefaultRedisScript<>("""
            if not redis.call('HGET', KEYS[1], 'state') then return 0 end
            return redis.call('HSETNX', KEYS[1], ARGV[1], '1')
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json = JsonMapper.builder().build();

    HandoffStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Opens a handoff for the chat, or returns the one already open. */
    Handoff open(String channel, long chatId, String citizenName, List<String> reasons, Priority priority,
                 String sentiment, List<String> suggestions, Instant now) {
        String id = "H" + Long.toString(redis.opsForValue().increment(PREFIX + "seq"), 36).toUpperCase();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("channel", channel);
        fields.put("chatId", String.valueOf(chatId));
        fields.put("citizenName", citizenName == null ? "" : citizenName);
        fields.put("reasons", json.writeValueAsString(reasons));
        fields.put("priority", priority.name());
        fields.put("state", HandoffState.WAITING.name());
        fields.put("sentiment", sentiment == null ? "" : sentiment);
        fields.put("suggestions", json.writeValueAsString(suggestions));
        fields.put("createdAt", String.valueOf(now.toEpochMilli()));
        List<String> args = new ArrayList<>();
        args.add(id);
        args.add(String.valueOf(score(priority, now)));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        String openId = redis.execute(OPEN, List.of(active(channel, chatId), hash(id), WAITING), args.toArray());
        return find(openId).orElseThrow();
    }

    /** Raises the priority of an open handoff (a citizen in a queue who then reports an emergency). */
    void raise(Handoff handoff, Priority priority, List<String> moreReasons) {
        if (priority.ordinal() <= handoff.priority().ordinal() && handoff.reasons().containsAll(moreReasons)) {
            return;
        }
        List<String> reasons = new ArrayList<>(handoff.reasons());
        moreReasons.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        Priority raised = handoff.priority().max(priority);
        redis.opsForHash().putAll(hash(handoff.id()), Map.of("priority", raised.name(),
                "reasons", json.writeValueAsString(reasons)));
        if (handoff.state() == HandoffState.WAITING) {
            redis.opsForZSet().add(WAITING, handoff.id(), score(raised, handoff.createdAt()));
        }
    }

    Optional<Handoff> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<Object, Object> raw = redis.opsForHash().entries(hash(id));
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> f = new HashMap<>();
        raw.forEach((k, v) -> f.put(k.toString(), v.toString()));
        return Optional.of(new Handoff(f.get("id"), f.get("channel"), Long.parseLong(f.get("chatId")),
                blankToNull(f.get("citizenName")), list(f.get("reasons")), Priority.valueOf(f.get("priority")),
                HandoffState.valueOf(f.get("state")), blankToNull(f.get("sentiment")), list(f.get("suggestions")),
                instant(f.get("createdAt")), instant(f.get("claimedAt")), instant(f.get("closedAt")),
                longOrNull(f.get("staffUserId")), blankToNull(f.get("staffName")), longOrNull(f.get("threadId")),
                longOrNull(f.get("cardMessageId")), f.get("rating") == null ? null : Integer.valueOf(f.get("rating"))));
    }

    Optional<Handoff> openFor(String channel, long chatId) {
        return find(redis.opsForValue().get(active(channel, chatId))).filter(h -> h.state().open());
    }

    /** Empty when the claim succeeded; otherwise who or what stands in the way. */
    Optional<String> claim(String id, StaffMember staff, Instant now) {
        String result = redis.execute(CLAIM, List.of(hash(id), WAITING, CLAIMED),
                id, String.valueOf(staff.userId()), staff.displayName(), String.valueOf(now.toEpochMilli()));
        if (result == null || result.isEmpty()) {
            find(id).filter(h -> h.claimedAt() != null && h.staffUserId() == staff.userId()).ifPresent(h -> {
                redis.opsForList().leftPush(CLAIM_TIMES, String.valueOf(
                        Math.max(0, h.claimedAt().getEpochSecond() - h.createdAt().getEpochSecond())));
                redis.opsForList().trim(CLAIM_TIMES, 0, 49);
            });
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /** Empty when closed; otherwise why not. A null staff closes regardless of the holder (system). */
    Optional<String> close(Handoff handoff, HandoffState to, StaffMember staff, Instant now) {
        String result = redis.execute(CLOSE, List.of(hash(handoff.id()), WAITING, CLAIMED, CLOSED,
                        active(handoff.channel(), handoff.chatId())),
                handoff.id(), to.name(), staff == null ? "" : String.valueOf(staff.userId()),
                String.valueOf(now.toEpochMilli()));
        return result == null || result.isEmpty() ? Optional.empty() : Optional.of(result);
    }

    /**
     * True for the one caller (over all instances) that takes the SLA digest of the interval holding
     * {@code now}; the others skip it and their reminders go into the next digest.
     */
    boolean takeDigestSlot(Instant now, java.time.Duration interval) {
        long bucket = now.toEpochMilli() / Math.max(1, interval.toMillis());
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(PREFIX + "sla-digest:" + bucket, "1",
                interval.multipliedBy(2)));
    }

    boolean flagged(String id, String flag) {
        return Boolean.TRUE.equals(redis.opsForHash().hasKey(hash(id), flag));
    }

    boolean flagOnce(String id, String flag) {
        Long set = redis.execute(FLAG_ONCE, List.of(hash(id)), flag);
        return set != null && set == 1L;
    }

    /** Stores the rating once; false when already rated. */
    boolean rate(String id, int rating) {
        return Boolean.TRUE.equals(redis.opsForHash().putIfAbsent(hash(id), "rating", String.valueOf(rating)));
    }

    void setThread(String id, long threadId) {
        redis.opsForHash().put(hash(id), "threadId", String.valueOf(threadId));
        redis.opsForValue().set(PREFIX + "thread:" + threadId, id);
    }

    /** Remembers which handoff a staff-group message belongs to (the card, a relayed message). */
    void mapMessage(String id, long messageId, boolean card) {
        if (card) {
            redis.opsForHash().put(hash(id), "cardMessageId", String.valueOf(messageId));
        }
        redis.opsForValue().set(PREFIX + "msg:" + messageId, id);
    }

    Optional<Handoff> byThread(long threadId) {
        return find(redis.opsForValue().get(PREFIX + "thread:" + threadId));
    }

    Optional<Handoff> byMessage(long messageId) {
        return find(redis.opsForValue().get(PREFIX + "msg:" + messageId));
    }

    List<Handoff> waiting() {
        Set<String> ids = redis.opsForZSet().range(WAITING, 0, -1);
        return load(ids == null ? List.of() : new ArrayList<>(ids));
    }

    List<Handoff> claimed() {
        Set<String> ids = redis.opsForSet().members(CLAIMED);
        return load(ids == null ? List.of() : new ArrayList<>(ids));
    }

    List<Handoff> recentlyClosed(int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(CLOSED, 0, limit - 1L);
        return load(ids == null ? List.of() : new ArrayList<>(ids));
    }

    /** Median seconds from opening to claim over the last claims, or empty with too few to tell. */
    Optional<Long> typicalClaimSeconds() {
        List<String> raw = redis.opsForList().range(CLAIM_TIMES, 0, -1);
        if (raw == null || raw.size() < 3) {
            return Optional.empty();
        }
        List<Long> sorted = raw.stream().map(Long::valueOf).sorted().toList();
        return Optional.of(sorted.get(sorted.size() / 2));
    }

    /** Appends to the conversation log staff see (who, text redacted, when). */
    void log(String id, String who, String text, Instant at) {
        redis.opsForList().rightPush(PREFIX + "log:" + id,
                json.writeValueAsString(Map.of("who", who, "text", Redactor.redact(text), "at", at.toString())));
    }

    List<Map<String, String>> log(String id) {
        List<String> raw = redis.opsForList().range(PREFIX + "log:" + id, 0, -1);
        List<Map<String, String>> entries = new ArrayList<>();
        for (String line : raw == null ? List.<String>of() : raw) {
            entries.add(json.readValue(line, new TypeReference<Map<String, String>>() { }));
        }
        return entries;
    }

    /** Forgets a citizen's handoffs' texts (on /hapus); the handoff records stay for the office's figures. */
    void forgetTexts(String channel, long chatId) {
        for (Handoff h : load(allIds())) {
            if (h.channel().equals(channel) && h.chatId() == chatId) {
                redis.delete(PREFIX + "log:" + h.id());
                redis.opsForHash().put(hash(h.id()), "citizenName", "");
            }
        }
    }

    private List<String> allIds() {
        List<String> ids = new ArrayList<>();
        Set<String> waiting = redis.opsForZSet().range(WAITING, 0, -1);
        Set<String> claimed = redis.opsForSet().members(CLAIMED);
        Set<String> closed = redis.opsForZSet().range(CLOSED, 0, -1);
        for (Set<String> set : List.of(waiting == null ? Set.<String>of() : waiting,
                claimed == null ? Set.<String>of() : claimed, closed == null ? Set.<String>of() : closed)) {
            ids.addAll(set);
        }
        return ids;
    }

    private List<Handoff> load(List<String> ids) {
        List<Handoff> out = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    private static double score(Priority priority, Instant created) {
        // Lower scores first: emergencies, then high, then normal; oldest first within each.
        return (Priority.values().length - 1 - priority.ordinal()) * 1e13 + created.toEpochMilli();
    }

    private List<String> list(String raw) {
        return raw == null || raw.isBlank() ? List.of() : json.readValue(raw, new TypeReference<List<String>>() { });
    }

    private static String hash(String id) {
        return PREFIX + "h:" + id;
    }

    private static String active(String channel, long chatId) {
        return PREFIX + "active:" + channel + ":" + chatId;
    }

    private static Instant instant(String millis) {
        return millis == null || millis.isBlank() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private static Long longOrNull(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
