package id.sigap.gaps;

import id.sigap.privacy.ChatDataEraser;
import id.sigap.store.Json;
import id.sigap.transcript.KnowledgeGaps.Asker;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Drafts' gap origins, their askers (server-side only), and the notices with their per-asker claims and
 * receipts, in the shared Redis:
 * <ul>
 *   <li>{@code sigap:gaps:origin:<entry>}: the origin of the pending draft of an entry (JSON);</li>
 *   <li>{@code sigap:gaps:askers:<origin>}: hash {@code channel:chatId} → asker (JSON); 30 days;</li>
 *   <li>{@code sigap:gaps:erased:<origin>}: how many askers deleted their data before approval;</li>
 *   <li>{@code sigap:gaps:notice:<origin>}, {@code sigap:gaps:notices} (sorted by approval): the notices;</li>
 *   <li>{@code sigap:gaps:lease:<origin>:<chat>}: the claim on an asker being worked on, the holder's token
 *       with an expiry that its holder renews while it works; an expired lease (the holder crashed) is taken
 *       over by another instance;</li>
 *   <li>{@code sigap:gaps:sending:<origin>:<chat>}: the holder's attempt mark, set in the same step that checks
 *       the lease before each send attempt; while another holder's mark lives nobody else sends;</li>
 *   <li>{@code sigap:gaps:dealt:<origin>}: the askers dealt with (a set; an asker is added in the same step as
 *       its outcome is counted, by a sender or by a deletion, so it is counted once and never sent to again);
 *       until the notice finishes, at most 30 days;</li>
 *   <li>{@code sigap:gaps:receipt:<origin>}: hash outcome → count.</li>
 * </ul>
 * Every step that reads and changes the claims is one Lua script ({@code lua/gaps/*.lua}). A {@code /hapus}
 * removes the chat from every askers hash, and from a notice still being sent it is counted as skipped.
 */
@Component
class GapStore implements ChatDataEraser {

    static final String ORIGIN = "sigap:gaps:origin:";
    static final String ASKERS = "sigap:gaps:askers:";
    static final String ERASED = "sigap:gaps:erased:";
    static final String NOTICE = "sigap:gaps:notice:";
    static final String NOTICES = "sigap:gaps:notices";
    static final String LEASE = "sigap:gaps:lease:";
    static final String SENDING = "sigap:gaps:sending:";
    static final String DEALT = "sigap:gaps:dealt:";
    static final String RECEIPT = "sigap:gaps:receipt:";
    static final String TARGETED = "targeted";
    static final String DELETED = "skipped:deleted-data";
    private static final Duration CHATS_KEPT = Duration.ofDays(30);
    private static final Duration NOTICE_KEPT = Duration.ofDays(365);

    private static final RedisScript<Long> CLAIM = script("claim");
    private static final RedisScript<Long> BEGIN_SEND = script("begin-send");
    private static final RedisScript<Long> SETTLE = script("settle");
    private static final RedisScript<Long> RENEW = script("renew");
    private static final RedisScript<Long> RELEASE = script("release");
    private static final RedisScript<Long> FINISH = script("finish");
    private static final RedisScript<Long> ERASE = script("erase");

    /** What claiming an asker found. */
    enum Claim {
        /** The lease is ours: decide, send, settle or release. */
        TAKEN,
        /** Another holder's lease is alive. */
        HELD,
        /** Dealt with already. */
        DEALT,
        /** Not an asker any more (data deleted, or the notice finished). */
        GONE
    }

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.MAPPER;

    GapStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String chatKey(Asker asker) {
        return asker.channel() + ":" + asker.chatId();
    }

    /** Keeps the origin of an entry's draft; a second gap made into the same draft joins the first. */
    GapOrigin saveOrigin(GapOrigin origin, List<Asker> askers) {
        GapOrigin kept = origin(origin.entryId()).map(old -> {
            Set<String> gaps = new LinkedHashSet<>(old.gapIds());
            gaps.addAll(origin.gapIds());
            return new GapOrigin(old.id(), old.entryId(), List.copyOf(gaps), old.newEntry(), origin.createdBy(),
                    origin.createdAt(), old.unknown() + origin.unknown());
        }).orElse(origin);
        Map<String, String> fields = new LinkedHashMap<>();
        askers.forEach(a -> fields.put(chatKey(a), json.writeValueAsString(a)));
        if (!fields.isEmpty()) {
            redis.opsForHash().putAll(ASKERS + kept.id(), fields);
            redis.expire(ASKERS + kept.id(), CHATS_KEPT);
        }
        redis.opsForValue().set(ORIGIN + kept.entryId(), json.writeValueAsString(kept));
        return kept;
    }

    Optional<GapOrigin> origin(String entryId) {
        String raw = redis.opsForValue().get(ORIGIN + entryId);
        return raw == null ? Optional.empty() : Optional.of(json.readValue(raw, GapOrigin.class));
    }

    /** Takes the origin of an entry's draft in one step: of two callers only one gets it. */
    Optional<GapOrigin> takeOrigin(String entryId) {
        String raw = redis.opsForValue().getAndDelete(ORIGIN + entryId);
        return raw == null ? Optional.empty() : Optional.of(json.readValue(raw, GapOrigin.class));
    }

    /** Forgets an origin's askers (approved without telling them, or the draft thrown away). */
    void dropAskers(String originId) {
        redis.delete(List.of(ASKERS + originId, ERASED + originId));
    }

    Map<String, Asker> askers(String originId) {
        Map<Object, Object> raw = redis.opsForHash().entries(ASKERS + originId);
        Map<String, Asker> askers = new TreeMap<>();
        raw.forEach((k, v) -> askers.put(k.toString(), json.readValue(v.toString(), Asker.class)));
        return askers;
    }

    int erasedBefore(String originId) {
        String n = redis.opsForValue().get(ERASED + originId);
        return n == null ? 0 : Integer.parseInt(n);
    }

    /** Starts a notice: its askers and those already gone are counted, none yet dealt with. */
    void start(GapNotice notice, long askers, long gone) {
        String id = notice.origin().id();
        redis.opsForValue().set(NOTICE + id, json.writeValueAsString(notice.withReceipt(false, Map.of())), NOTICE_KEPT);
        redis.opsForHash().putIfAbsent(RECEIPT + id, TARGETED, String.valueOf(askers + gone));
        if (gone > 0) {
            redis.opsForHash().putIfAbsent(RECEIPT + id, DELETED, String.valueOf(gone));
        }
        redis.expire(RECEIPT + id, NOTICE_KEPT);
        redis.opsForZSet().add(NOTICES, id, notice.approvedAt().toEpochMilli());
    }

    /**
     * Claims an asker of a notice for {@code lease}: taken when it is still an asker, not dealt with, and nobody
     * else's lease is alive (an expired one, left by a crashed instance, is taken over).
     */
    Claim claim(String originId, String chatKey, String token, Duration lease) {
        Long r = redis.execute(CLAIM, List.of(ASKERS + originId, DEALT + originId, LEASE + originId + ":" + chatKey),
                chatKey, token, millis(lease));
        long n = r == null ? 0 : r;
        return n == 1 ? Claim.TAKEN : n == 2 ? Claim.DEALT : n < 0 ? Claim.GONE : Claim.HELD;
    }

    /**
     * The fence before each send attempt: 1 go (our lease, our attempt mark set, lease renewed), 0 the lease is
     * no longer ours, 2 nothing to send any more (dealt with or data deleted), negative: another holder's attempt
     * mark lives that many more milliseconds (it may be sending now), wait.
     */
    long beginSend(String originId, String chatKey, String token, Duration lease, Duration mark) {
        Long r = redis.execute(BEGIN_SEND, List.of(ASKERS + originId, DEALT + originId,
                LEASE + originId + ":" + chatKey, SENDING + originId + ":" + chatKey), chatKey, token, millis(lease), millis(mark));
        return r == null ? 0 : r;
    }

    /**
     * Records an asker's outcome once, in the same step that adds it to the dealt set. {@code attempted}: the
     * outcome is Telegram's answer to our send attempt, recorded even when our lease was lost meanwhile (the
     * message went out; nobody may send it again); otherwise only while the lease is ours. True when recorded.
     */
    boolean settle(String originId, String chatKey, String token, String outcome, boolean attempted) {
        Long r = redis.execute(SETTLE, List.of(ASKERS + originId, DEALT + originId, RECEIPT + originId,
                        LEASE + originId + ":" + chatKey, SENDING + originId + ":" + chatKey), chatKey, token, outcome,
                attempted ? "1" : "0", millis(CHATS_KEPT));
        return r != null && r == 1;
    }

    /** Keeps our lease (and attempt mark) alive; false when the lease is no longer ours. */
    boolean renew(String originId, String chatKey, String token, Duration lease, Duration mark) {
        Long r = redis.execute(RENEW, List.of(LEASE + originId + ":" + chatKey, SENDING + originId + ":" + chatKey),
                token, millis(lease), millis(mark));
        return r != null && r == 1;
    }

    /** Gives back an asker nothing was recorded for: another instance (or this one, restarted) takes it at once. */
    boolean release(String originId, String chatKey, String token) {
        Long r = redis.execute(RELEASE, List.of(LEASE + originId + ":" + chatKey, SENDING + originId + ":" + chatKey),
                token);
        return r != null && r == 1;
    }

    /**
     * Marks a notice done, in one step with the check that every asker is dealt with and none is leased or being
     * sent to; the chats are forgotten, the counts stay. True when this call finished it.
     */
    boolean finish(String originId) {
        String raw = redis.opsForValue().get(NOTICE + originId);
        if (raw == null) {
            return false;
        }
        GapNotice n = json.readValue(raw, GapNotice.class);
        if (n.done()) {
            return false;
        }
        Long r = redis.execute(FINISH, List.of(NOTICE + originId, ASKERS + originId, DEALT + originId),
                LEASE + originId + ":", SENDING + originId + ":", json.writeValueAsString(n.withReceipt(true, Map.of())));
        return r != null && r == 1;
    }

    Optional<GapNotice> find(String originId) {
        String raw = redis.opsForValue().get(NOTICE + originId);
        if (raw == null) {
            return Optional.empty();
        }
        GapNotice n = json.readValue(raw, GapNotice.class);
        return Optional.of(n.withReceipt(n.done(), receipt(originId)));
    }

    Map<String, Long> receipt(String originId) {
        Map<String, Long> counts = new TreeMap<>();
        redis.opsForHash().entries(RECEIPT + originId).forEach((k, v) -> counts.put(k.toString(), Long.parseLong(v.toString())));
        return counts;
    }

    /** The newest notices first. */
    List<GapNotice> notices(int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(NOTICES, 0, limit - 1L);
        List<GapNotice> out = new ArrayList<>();
        if (ids != null) {
            ids.forEach(id -> find(id).ifPresent(out::add));
        }
        return out;
    }

    @Override
    public String part() {
        return "gaps";
    }

    @Override
    public void erase(String channel, long chatId) {
        String chat = channel + ":" + chatId;
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(ASKERS + "*").count(500).build())) {
            cursor.forEachRemaining(keys::add);
        }
        for (String key : keys) {
            String originId = key.substring(ASKERS.length());
            redis.execute(ERASE, List.of(key, NOTICE + originId, DEALT + originId, RECEIPT + originId, ERASED + originId),
                    chat, millis(CHATS_KEPT), DELETED);
        }
    }

    private static String millis(Duration d) {
        return Long.toString(Math.max(1, d.toMillis()));
    }

    private static RedisScript<Long> script(String name) {
        return RedisScript.of(new ClassPathResource("lua/gaps/" + name + ".lua"), Long.class);
    }
}
