package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.conversation.Reason;
import id.sigap.privacy.DataCipher;
import id.sigap.privacy.Redactor;
import id.sigap.store.Json;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
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
    /** Who wrote a log entry: the citizen (staff entries are {@code petugas:<name>}). */
    static final String CITIZEN = "warga";
    /** How many log entries {@link #lastFrom} reads at a time. */
    private static final int TAIL = 16;
    private static final String WAITING = PREFIX + "waiting";
    private static final String CLAIMED = PREFIX + "claimed";
    private static final String CLOSED = PREFIX + "closed";
    private static final String CLAIM_TIMES = PREFIX + "claim-seconds";

    /** KEYS: active, hash, waiting. ARGV: id, score, then field/value pairs. Returns the open id. */
    private static final RedisScript<String> OPEN = RedisScript.of(new ClassPathResource("lua/handoff/open.lua"), String.class);

    /** KEYS: hash, waiting, claimed. ARGV: id, staff id, staff name, now. Returns '' on success or the holder. */
    private static final RedisScript<String> CLAIM = RedisScript.of(new ClassPathResource("lua/handoff/claim.lua"), String.class);

    /**
     * KEYS: hash, waiting, claimed, closed, active. ARGV: id, new state, staff id or '', now.
     * Closes an open handoff; a claimed one only by its holder. Returns '' on success or why not.
     */
    private static final RedisScript<String> CLOSE = RedisScript.of(new ClassPathResource("lua/handoff/close.lua"), String.class);

    /** KEYS: hash. ARGV: field. Sets a flag once; 1 the first time. */
    private static final RedisScript<Long> FLAG_ONCE = RedisScript.of(new ClassPathResource("lua/handoff/flag-once.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final DataCipher cipher;
    private final JsonMapper json = Json.MAPPER;

    HandoffStore(StringRedisTemplate redis, DataCipher cipher) {
        this.redis = redis;
        this.cipher = cipher;
    }

    /** Opens a handoff for the chat, or returns the one already open. */
    Handoff open(String channel, long chatId, String citizenName, List<Reason> reasons, Priority priority,
                 String sentiment, List<String> suggestions, Instant now) {
        String id = "H" + Long.toString(redis.opsForValue().increment(PREFIX + "seq"), 36).toUpperCase();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("channel", channel);
        fields.put("chatId", String.valueOf(chatId));
        fields.put("citizenName", citizenName == null ? "" : citizenName);
        fields.put("reasons", json.writeValueAsString(keys(reasons)));
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
    void raise(Handoff handoff, Priority priority, List<Reason> moreReasons) {
        if (priority.ordinal() <= handoff.priority().ordinal() && handoff.reasons().containsAll(moreReasons)) {
            return;
        }
        List<Reason> reasons = new ArrayList<>(handoff.reasons());
        moreReasons.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        Priority raised = handoff.priority().max(priority);
        redis.opsForHash().putAll(hash(handoff.id()), Map.of("priority", raised.name(),
                "reasons", json.writeValueAsString(keys(reasons))));
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
                blankToNull(f.get("citizenName")), reasons(list(f.get("reasons"))), Priority.valueOf(f.get("priority")),
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
        redis.opsForSet().add(PREFIX + "msgs:" + id, String.valueOf(messageId));
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

    /**
     * Appends to the conversation log staff see (who, text redacted, when). When redaction changed the
     * text, the original is kept beside it sealed ({@code sealed}), for a staff member who must see it.
     */
    void log(String id, String who, String text, Instant at) {
        String redacted = Redactor.redact(text);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("who", who);
        entry.put("text", redacted);
        entry.put("at", at.toString());
        if (text != null && !text.equals(redacted)) {
            entry.put("sealed", cipher.seal(text));
        }
        redis.opsForList().rightPush(PREFIX + "log:" + id, json.writeValueAsString(entry));
    }

    /** The original text of the n-th log entry (0-based) when it was redacted; empty otherwise. */
    Optional<String> original(String id, int index) {
        String raw = redis.opsForList().index(PREFIX + "log:" + id, index);
        if (raw == null) {
            return Optional.empty();
        }
        Map<String, String> entry = json.readValue(raw, new TypeReference<Map<String, String>>() { });
        return Optional.ofNullable(entry.get("sealed")).map(cipher::open);
    }

    /**
     * The text of the last log entry written by {@code who} (redacted), read from the end of the log a few
     * entries at a time: the queue page shows it on every card and refreshes often, so it does not read
     * whole logs.
     */
    Optional<String> lastFrom(String id, String who) {
        String key = PREFIX + "log:" + id;
        for (long end = -1; ; end -= TAIL) {
            List<String> raw = redis.opsForList().range(key, end - TAIL + 1, end);
            if (raw == null || raw.isEmpty()) {
                return Optional.empty();
            }
            for (int i = raw.size() - 1; i >= 0; i--) {
                Map<String, String> entry = json.readValue(raw.get(i), new TypeReference<Map<String, String>>() { });
                if (who.equals(entry.get("who"))) {
                    return Optional.ofNullable(entry.get("text"));
                }
            }
            if (raw.size() < TAIL) {
                return Optional.empty();
            }
        }
    }

    List<Map<String, String>> log(String id) {
        List<String> raw = redis.opsForList().range(PREFIX + "log:" + id, 0, -1);
        List<Map<String, String>> entries = new ArrayList<>();
        for (String line : raw == null ? List.<String>of() : raw) {
            entries.add(json.readValue(line, new TypeReference<Map<String, String>>() { }));
        }
        return entries;
    }

    /** Every handoff of one chat, open or closed. */
    List<Handoff> ofChat(String channel, long chatId) {
        List<Handoff> out = new ArrayList<>();
        for (Handoff h : load(allIds())) {
            if (h.channel().equals(channel) && h.chatId() == chatId) {
                out.add(h);
            }
        }
        return out;
    }

    /** Ids of closed handoffs closed before {@code cutoff}, oldest first. */
    List<String> closedBefore(Instant cutoff, int limit) {
        Set<String> ids = redis.opsForZSet().rangeByScore(CLOSED, 0, cutoff.toEpochMilli() - 1, 0, limit);
        return ids == null ? List.of() : new ArrayList<>(ids);
    }

    /**
     * Deletes a handoff and every key that leads to it or from it: the record (chat id, citizen and staff
     * names), its log, its staff-group message and topic mappings, its place in the queues, and the chat's
     * pointer to it. For {@code /hapus} and retention.
     */
    void erase(Handoff h) {
        List<String> keys = new ArrayList<>();
        keys.add(hash(h.id()));
        keys.add(PREFIX + "log:" + h.id());
        keys.add(PREFIX + "msgs:" + h.id());
        List<String> pointers = new ArrayList<>();
        if (h.threadId() != null) {
            pointers.add(PREFIX + "thread:" + h.threadId());
        }
        Set<String> messages = redis.opsForSet().members(PREFIX + "msgs:" + h.id());
        for (String m : messages == null ? Set.<String>of() : messages) {
            pointers.add(PREFIX + "msg:" + m);
        }
        if (h.cardMessageId() != null) {
            pointers.add(PREFIX + "msg:" + h.cardMessageId());
        }
        pointers.add(active(h.channel(), h.chatId()));
        for (String pointer : pointers) {
            // Only pointers to this handoff: a topic or chat may since point to another one.
            if (h.id().equals(redis.opsForValue().get(pointer))) {
                keys.add(pointer);
            }
        }
        redis.opsForZSet().remove(WAITING, h.id());
        redis.opsForSet().remove(CLAIMED, h.id());
        redis.opsForZSet().remove(CLOSED, h.id());
        redis.delete(keys);
    }

    /** Drops an id whose record is already gone from the closed list. */
    void forgetClosed(String id) {
        redis.opsForZSet().remove(CLOSED, id);
    }

    /** Deletes the chat's pointer to its open handoff (after the handoffs themselves are gone). */
    void eraseChatPointer(String channel, long chatId) {
        redis.delete(active(channel, chatId));
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

    /** Reasons are stored by their English keys; a key from an older version is read through its alias. */
    private static List<String> keys(List<Reason> reasons) {
        return reasons.stream().map(Reason::key).toList();
    }

    private static List<Reason> reasons(List<String> keys) {
        return keys.stream().map(Reason::ofKey).flatMap(Optional::stream).distinct().toList();
    }
}
