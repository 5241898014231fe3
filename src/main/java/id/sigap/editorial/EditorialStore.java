package id.sigap.editorial;

import id.sigap.store.Json;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts ({@code sigap:console:draft:<entry>}) and published versions
 * ({@code sigap:console:kb-history:<entry>}, oldest first) in Redis, shared by every instance.
 */
@Component
class EditorialStore {

    static final String DRAFT = "sigap:console:draft:";
    static final String DRAFTS = "sigap:console:drafts";
    static final String HISTORY = "sigap:console:kb-history:";

    private final StringRedisTemplate redis;
    private final JsonMapper json = Json.MAPPER;

    EditorialStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    Optional<Draft> draft(String entryId) {
        String raw = redis.opsForValue().get(DRAFT + entryId);
        return raw == null ? Optional.empty() : Optional.of(json.readValue(raw, Draft.class));
    }

    List<Draft> drafts() {
        Set<String> ids = redis.opsForSet().members(DRAFTS);
        return ids == null ? List.of() : ids.stream().map(this::draft).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Draft::savedAt).reversed()).toList();
    }

    void saveDraft(Draft draft) {
        redis.opsForValue().set(DRAFT + draft.entryId(), json.writeValueAsString(draft));
        redis.opsForSet().add(DRAFTS, draft.entryId());
    }

    /**
     * Removes the entry's draft in one step with checking it: only when it is still exactly the stored draft
     * whose fingerprint is {@code fingerprint} (nothing saved over it in between). Returns the draft taken.
     */
    Optional<Draft> takeDraft(String entryId, String fingerprint) {
        String raw = redis.opsForValue().get(DRAFT + entryId);
        if (raw == null || !json.readValue(raw, Draft.class).fingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        Long taken = redis.execute(TAKE_IF_SAME, List.of(DRAFT + entryId, DRAFTS), raw, entryId);
        return taken != null && taken == 1 ? Optional.of(json.readValue(raw, Draft.class)) : Optional.empty();
    }

    private static final RedisScript<Long> TAKE_IF_SAME = RedisScript.of(
            new org.springframework.core.io.ClassPathResource("lua/editorial/take-if-same.lua"), Long.class);

    void removeDraft(String entryId) {
        redis.delete(DRAFT + entryId);
        redis.opsForSet().remove(DRAFTS, entryId);
    }

    List<PublishedVersion> history(String entryId) {
        List<String> raw = redis.opsForList().range(HISTORY + entryId, 0, -1);
        return raw == null ? List.of() : raw.stream().map(s -> json.readValue(s, PublishedVersion.class)).toList();
    }

    void append(String entryId, PublishedVersion version) {
        redis.opsForList().rightPush(HISTORY + entryId, json.writeValueAsString(version));
    }
}
