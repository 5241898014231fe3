package id.sigap.notice;

import id.sigap.audit.AuditLog;
import id.sigap.conversation.AnswerNotices;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.store.Json;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Crisis notices: an editor publishes a short official statement for an active issue (no approver
 * needed, given the hour, but audited); answers on that topic carry it first until it expires or is
 * withdrawn. Kept in Redis (hash {@code sigap:console:notices}) so every instance shows the same.
 */
@Service
public class CrisisNotices implements AnswerNotices {

    static final String KEY = "sigap:console:notices";
    public static final String TITLE = "📢 Pemberitahuan resmi";

    private final StringRedisTemplate redis;
    private final AuditLog audit;
    private final ObjectProvider<LiveKnowledgeBase> knowledge;
    private final Clock clock;
    private final JsonMapper json = Json.MAPPER;

    CrisisNotices(StringRedisTemplate redis, AuditLog audit, ObjectProvider<LiveKnowledgeBase> knowledge,
                         ObjectProvider<Clock> clock) {
        this.redis = redis;
        this.audit = audit;
        this.knowledge = knowledge;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public List<CrisisNotice> all() {
        Map<Object, Object> raw = redis.opsForHash().entries(KEY);
        return raw.values().stream().map(v -> json.readValue(v.toString(), CrisisNotice.class))
                .sorted(Comparator.comparing(CrisisNotice::createdAt).reversed()).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    public CrisisNotice publish(String editor, String title, String text, String keywords, Instant from, Instant until) {
        List<String> words = Arrays.stream((keywords == null ? "" : keywords).split(","))
                .map(CrisisNotices::fold).filter(k -> !k.isBlank()).distinct().toList();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Isi pemberitahuan wajib diisi.");
        }
        if (text.length() > 1000) {
            throw new IllegalArgumentException("Pemberitahuan paling panjang 1000 karakter: buat singkat.");
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Isi paling sedikit satu kata kunci topik.");
        }
        if (until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException("Akhir masa berlaku harus sesudah awalnya.");
        }
        String id = "N" + Long.toString(clock.millis(), 36).toUpperCase(Locale.ROOT);
        CrisisNotice notice = new CrisisNotice(id, title == null || title.isBlank() ? TITLE : title.strip(), text.strip(),
                words, from, until, editor, clock.instant(), null, null);
        redis.opsForHash().put(KEY, id, json.writeValueAsString(notice));
        audit.record(editor, "pemberitahuan.terbit", id, null, notice.describe());
        return notice;
    }

    public void withdraw(String editor, String id) {
        Object raw = redis.opsForHash().get(KEY, id);
        if (raw == null) {
            throw new IllegalArgumentException("Pemberitahuan " + id + " tidak ada.");
        }
        CrisisNotice before = json.readValue(raw.toString(), CrisisNotice.class);
        if (before.withdrawnAt() != null) {
            return;
        }
        CrisisNotice after = before.withdrawn(editor, clock.instant());
        redis.opsForHash().put(KEY, id, json.writeValueAsString(after));
        audit.record(editor, "pemberitahuan.tarik", id, before.describe(), after.describe());
    }

    /**
     * The notice to put before an answer, when an active one matches the question or an answered entry
     * (its id, title or tags). With several, the newest is shown: it is the office's latest word.
     */
    @Override
    public Optional<Reply> noticeFor(String question, List<String> entryIds) {
        Instant now = clock.instant();
        List<CrisisNotice> active = all().stream().filter(n -> n.activeAt(now)).toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Set<String> words = words(question);
        StringBuilder entryText = new StringBuilder();
        LiveKnowledgeBase kb = knowledge.getIfAvailable();
        for (String id : entryIds == null ? List.<String>of() : entryIds) {
            entryText.append(' ').append(id.replace('-', ' '));
            if (kb != null) {
                kb.current().entry(id).ifPresent(e -> entryText.append(' ').append(describe(e)));
            }
        }
        Set<String> entryWords = words(entryText.toString());
        String foldedQuestion = " " + String.join(" ", words(question)) + " ";
        String foldedEntries = " " + String.join(" ", entryWords) + " ";
        return active.stream()
                .filter(n -> n.keywords().stream().anyMatch(k -> mentions(words, foldedQuestion, k)
                        || mentions(entryWords, foldedEntries, k)))
                .findFirst()
                .map(n -> new Reply(n.title(), n.text(), null, List.of()));
    }

    private static boolean mentions(Set<String> words, String folded, String keyword) {
        return keyword.contains(" ") ? folded.contains(" " + keyword + " ") : words.contains(keyword);
    }

    private static String describe(KnowledgeEntry e) {
        return e.title() + " " + String.join(" ", e.tags());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static String fold(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
