package id.sigap.gaps;

import id.sigap.privacy.ChatDataEraser;
import id.sigap.store.Json;
import id.sigap.transcript.KnowledgeGaps.Asker;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
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
 *   <li>{@code sigap:gaps:claimed:<origin>}: the askers already dealt with (a set: whoever adds one first,
 *       sender or deletion, deals with it; no asker is told twice); 30 days;</li>
 *   <li>{@code sigap:gaps:receipt:<origin>}: hash outcome → count.</li>
 * </ul>
 * A {@code /hapus} removes the chat from every askers hash, and from a notice still being sent it is counted
 * as skipped.
 */
@Component
class GapStore implements ChatDataEraser {

    static final String ORIGIN = "sigap:gaps:origin:";
    static final String ASKERS = "sigap:gaps:askers:";
    static final String ERASED = "sigap:gaps:erased:";
    static final String NOTICE = "sigap:gaps:notice:";
    static final String NOTICES = "sigap:gaps:notices";
    static final String CLAIMED = "sigap:gaps:claimed:";
    static final String RECEIPT = "sigap:gaps:receipt:";
    static final String TARGETED = "targeted";
    static final String DELETED = "skipped:deleted-data";
    private static final Duration CHATS_KEPT = Duration.ofDays(30);
    private static final Duration NOTICE_KEPT = Duration.ofDays(365);

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

    boolean stillAsker(String originId, String chatKey) {
        return redis.opsForHash().hasKey(ASKERS + originId, chatKey);
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

    /** True for the first caller only: that one sends to (or skips) the asker and counts the outcome. */
    boolean claim(String originId, String chatKey) {
        Long added = redis.opsForSet().add(CLAIMED + originId, chatKey);
        redis.expire(CLAIMED + originId, CHATS_KEPT);
        return added != null && added == 1;
    }

    void count(String originId, String outcome) {
        redis.opsForHash().increment(RECEIPT + originId, outcome, 1);
    }

    void finish(String originId) {
        find(originId).ifPresent(n -> redis.opsForValue().set(NOTICE + originId,
                json.writeValueAsString(n.withReceipt(true, Map.of())), NOTICE_KEPT));
        // The chats are not needed any more: only the counts stay.
        redis.delete(ASKERS + originId);
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
            Long removed = redis.opsForHash().delete(key, chat);
            if (removed == null || removed == 0) {
                continue;
            }
            String originId = key.substring(ASKERS.length());
            if (Boolean.TRUE.equals(redis.hasKey(NOTICE + originId))) {
                if (claim(originId, chat)) {
                    count(originId, DELETED);
                }
            } else {
                redis.opsForValue().increment(ERASED + originId);
                redis.expire(ERASED + originId, CHATS_KEPT);
            }
        }
    }
}
