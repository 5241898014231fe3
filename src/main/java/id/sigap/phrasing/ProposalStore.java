package id.sigap.phrasing;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposed phrasings in Redis, shared by all instances:
 * {@code sigap:phrasing:entries} (entries with proposals, by last activity),
 * {@code sigap:phrasing:e:<entry>} (its proposals), {@code sigap:phrasing:p:<entry>:<id>} (one proposal: text,
 * first and last seen, citizens, sources) with {@code …:chats} (the chats that asked it, so {@code /hapus}
 * can take a chat out), {@code sigap:phrasing:chat:<channel>:<chat>} (what a chat proposed) and
 * {@code sigap:phrasing:rejected:<entry>} (ids editors rejected, never proposed again) and
 * {@code sigap:phrasing:accepted:<entry>} (ids accepted into the entry's pending draft: out of the review list, kept
 * with their chats until the draft is approved, or back in the list when it is thrown away). Everything expires
 * {@link PhrasingSettings#retentionDays()} after it was last touched; the indexes are tidied as they are read.
 */
@Component
class ProposalStore {

    static final String PREFIX = "sigap:phrasing:";
    private static final String ENTRIES = PREFIX + "entries";
    private static final RedisScript<Long> PROPOSE = RedisScript.of(new ClassPathResource("lua/phrasing/propose.lua"), Long.class);
    private static final RedisScript<Long> ACCEPT = RedisScript.of(new ClassPathResource("lua/phrasing/accept.lua"), Long.class);
    private static final RedisScript<Long> RETURN = RedisScript.of(new ClassPathResource("lua/phrasing/return-accepted.lua"), Long.class);
    private static final RedisScript<Long> FORGET = RedisScript.of(new ClassPathResource("lua/phrasing/forget-chat.lua"), Long.class);

    /** What proposing did. */
    enum Outcome { NEW_CITIZEN, ALREADY_COUNTED, REJECTED_BEFORE }

    private final StringRedisTemplate redis;
    private final Duration keep;

    ProposalStore(StringRedisTemplate redis, PhrasingSettings settings) {
        this.redis = redis;
        this.keep = Duration.ofDays(settings.retentionDays());
    }

    private static String index(String entry) {
        return PREFIX + "e:" + entry;
    }

    private static String proposal(String entry, String id) {
        return PREFIX + "p:" + entry + ":" + id;
    }

    private static String chat(String chatKey) {
        return PREFIX + "chat:" + chatKey;
    }

    private static String rejected(String entry) {
        return PREFIX + "rejected:" + entry;
    }

    private static String accepted(String entry) {
        return PREFIX + "accepted:" + entry;
    }

    static String chatKey(String channel, long chatId) {
        return channel + ":" + chatId;
    }

    Outcome propose(String entry, String redactedText, PhrasingSource source, String chatKey, Instant at) {
        String id = Phrasings.id(Phrasings.normalise(redactedText));
        String p = proposal(entry, id);
        Long r = redis.execute(PROPOSE, List.of(ENTRIES, index(entry), p, p + ":chats", chat(chatKey), rejected(entry)),
                entry, id, redactedText, String.valueOf(at.toEpochMilli()), source.key(), chatKey, entry + " " + id,
                String.valueOf(keep.toSeconds()));
        return r == null || r == 0 ? Outcome.REJECTED_BEFORE : r == 1 ? Outcome.NEW_CITIZEN : Outcome.ALREADY_COUNTED;
    }

    /** Takes a chat out of every proposal; returns how many proposals went with it. */
    long forgetChat(String chatKey) {
        Long deleted = redis.execute(FORGET, List.of(chat(chatKey), ENTRIES), chatKey, PREFIX);
        return deleted == null ? 0 : deleted;
    }

    /** Entries with proposals, most recent activity first. */
    List<String> entries() {
        Set<String> ids = redis.opsForZSet().reverseRange(ENTRIES, 0, -1);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    /** One entry's proposals, most citizens first; expired ones are dropped from the index on the way. */
    List<Proposal> of(String entry) {
        Set<String> ids = redis.opsForZSet().reverseRange(index(entry), 0, -1);
        List<Proposal> out = new ArrayList<>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            Optional<Proposal> p = find(entry, id);
            if (p.isPresent()) {
                out.add(p.get());
            } else {
                redis.opsForZSet().remove(index(entry), id);
            }
        }
        if (out.isEmpty()) {
            redis.opsForZSet().remove(ENTRIES, entry);
        }
        out.sort((a, b) -> a.citizens() != b.citizens() ? Integer.compare(b.citizens(), a.citizens())
                : b.lastSeen().compareTo(a.lastSeen()));
        return out;
    }

    Optional<Proposal> find(String entry, String id) {
        Map<Object, Object> f = redis.opsForHash().entries(proposal(entry, id));
        if (f.isEmpty() || f.get("text") == null) {
            return Optional.empty();
        }
        Set<PhrasingSource> sources = EnumSet.noneOf(PhrasingSource.class);
        for (PhrasingSource s : PhrasingSource.values()) {
            if (f.containsKey("src:" + s.key())) {
                sources.add(s);
            }
        }
        Object returned = f.get("returned");
        return Optional.of(new Proposal(entry, id, (String) f.get("text"),
                Integer.parseInt((String) f.getOrDefault("citizens", "0")),
                Instant.ofEpochMilli(Long.parseLong((String) f.get("first"))),
                Instant.ofEpochMilli(Long.parseLong((String) f.getOrDefault("last", f.get("first")))), sources,
                returned == null ? null : Instant.ofEpochMilli(Long.parseLong((String) returned))));
    }

    /** Removes decided proposals; rejected ones are remembered so they are not proposed again. */
    void settle(String entry, Collection<String> ids, boolean reject) {
        for (String id : ids) {
            redis.delete(List.of(proposal(entry, id), proposal(entry, id) + ":chats"));
            redis.opsForZSet().remove(index(entry), id);
            if (reject) {
                redis.opsForSet().add(rejected(entry), id);
                redis.expire(rejected(entry), keep);
            }
        }
        tidy(entry);
    }

    private void tidy(String entry) {
        Long left = redis.opsForZSet().zCard(index(entry));
        if (left == null || left == 0) {
            redis.opsForZSet().remove(ENTRIES, entry);
        }
    }

    /**
     * Takes proposals accepted into the entry's pending draft out of the review list, keeping them (and their chats,
     * so a {@code /hapus} still counts) until the draft is approved ({@link #forgetAccepted}) or thrown away
     * ({@link #returnAccepted}). {@code wordings} holds the text each was accepted as (edited or not).
     */
    void accept(String entry, Map<String, String> wordings, Instant at) {
        // One script per proposal: a /hapus deleting it at the same moment neither recreates it nor is undone.
        wordings.forEach((id, wording) -> redis.execute(ACCEPT, List.of(proposal(entry, id), index(entry), accepted(entry), ENTRIES),
                id, String.valueOf(at.toEpochMilli()), wording, entry, String.valueOf(keep.toSeconds())));
    }

    /**
     * The entry's draft was thrown away: its accepted proposals go back to the review list, marked as returned and
     * worded as they were accepted. A proposal whose citizens all deleted their data since is gone and stays gone.
     * Returns how many came back.
     */
    int returnAccepted(String entry, Instant at) {
        Long back = redis.execute(RETURN, List.of(accepted(entry), index(entry), ENTRIES),
                PREFIX + "p:" + entry + ":", String.valueOf(at.toEpochMilli()), entry);
        return back == null ? 0 : back.intValue();
    }

    /** The entry's draft was approved: its accepted proposals are now phrasings of the entry and are dropped. */
    void forgetAccepted(String entry) {
        Set<String> ids = redis.opsForSet().members(accepted(entry));
        for (String id : ids == null ? Set.<String>of() : ids) {
            redis.delete(List.of(proposal(entry, id), proposal(entry, id) + ":chats"));
        }
        redis.delete(accepted(entry));
    }
}
