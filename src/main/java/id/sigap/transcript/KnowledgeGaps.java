package id.sigap.transcript;

import id.sigap.privacy.Redactor;
import id.sigap.store.StoreSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current knowledge gaps: the questions of the last days that Sigap could not answer well (see
 * {@link GapSignals}), grouped by what they say ({@link QuestionTokens}, the same likeness as the weekly
 * report's unanswered questions), newest activity first. Read from the daily transcript files, so what
 * {@code /hapus} erased and retention dropped is simply not there. Used by the {@code gaps} verb and the
 * console's "Celah pengetahuan" page.
 */
@Component
public class KnowledgeGaps {

    /** Two questions belong together when their word sets overlap at least this much (Jaccard). */
    static final double SIMILARITY = 0.5;
    private static final int EXAMPLES = 3;
    private static final int NEAREST = 3;
    /** Of each question's retrieved entries, how many count towards its cluster's nearest entries. */
    private static final int RETRIEVED_PER_QUESTION = 3;

    /**
     * One gap: questions that say the same thing.
     *
     * @param id             stable while the cluster's leading wording stays the same
     * @param citizens       distinct (pseudonymous) chats that asked
     * @param questions      questions in all
     * @param firstSeen      the first of them
     * @param lastSeen       the last of them
     * @param examples       up to three wordings, commonest first, redacted
     * @param nearestEntries the knowledge-base entries retrieval found closest, closest first
     */
    public record Gap(String id, int citizens, int questions, Instant firstSeen, Instant lastSeen,
                      List<String> examples, List<String> nearestEntries) {
    }

    private final Path dataDir;
    private final ZoneId zone;
    private final Clock clock;

    @Autowired
    KnowledgeGaps(StoreSettings store, TranscriptSettings settings) {
        this(store.dataDir(), settings.zone(), Clock.systemUTC());
    }

    KnowledgeGaps(Path dataDir, ZoneId zone, Clock clock) {
        this.dataDir = dataDir;
        this.zone = zone;
        this.clock = clock;
    }

    /** The gaps of the last {@code days} days (today included) in this instance's data directory. */
    public List<Gap> current(int days) {
        return read(dataDir, zone, days, clock.instant());
    }

    /**
     * The gaps of the {@code days} calendar days up to the day of {@code now} in {@code zone}, read from the
     * transcript files under {@code dataDir}. Needs no Redis and no Spring context.
     */
    public static List<Gap> read(Path dataDir, ZoneId zone, int days, Instant now) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        LocalDate to = LocalDate.ofInstant(now, zone);
        List<TranscriptRecord> records = new ArrayList<>();
        TranscriptFiles.read(TranscriptFiles.directory(dataDir), to.minusDays(days - 1L), to, r -> {
            if (r.time() != null) {
                records.add(r);
            }
        });
        return of(records, now);
    }

    static List<Gap> of(List<TranscriptRecord> unordered, Instant now) {
        List<TranscriptRecord> records = new ArrayList<>(unordered);
        records.sort(Comparator.comparing(TranscriptRecord::time));
        Map<Set<String>, List<TranscriptRecord>> byTokens = new LinkedHashMap<>();
        for (int i : GapSignals.of(records, now)) {
            TranscriptRecord question = records.get(i);
            Set<String> tokens = QuestionTokens.of(question.questionText());
            if (!tokens.isEmpty()) {
                byTokens.computeIfAbsent(tokens, t -> new ArrayList<>()).add(question);
            }
        }
        List<Map.Entry<Set<String>, List<TranscriptRecord>>> groups = new ArrayList<>(byTokens.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<Set<String>, List<TranscriptRecord>> g) -> g.getValue().size())
                .reversed().thenComparing(g -> String.join(" ", g.getKey())));
        Map<Set<String>, List<TranscriptRecord>> clusters = new LinkedHashMap<>();
        for (var group : groups) {
            Set<String> home = group.getKey();
            for (Set<String> leading : clusters.keySet()) {
                if (QuestionTokens.jaccard(leading, group.getKey()) >= SIMILARITY) {
                    home = leading;
                    break;
                }
            }
            clusters.computeIfAbsent(home, t -> new ArrayList<>()).addAll(group.getValue());
        }
        return clusters.entrySet().stream().map(c -> gap(c.getKey(), c.getValue()))
                .sorted(Comparator.comparing(Gap::lastSeen).reversed().thenComparing(Gap::id))
                .toList();
    }

    private static Gap gap(Set<String> leading, List<TranscriptRecord> questions) {
        Set<String> chats = new HashSet<>();
        Map<String, Integer> wordings = new LinkedHashMap<>();
        Map<String, double[]> entries = new HashMap<>();
        Instant first = null;
        Instant last = null;
        List<TranscriptRecord> inOrder = new ArrayList<>(questions);
        inOrder.sort(Comparator.comparing(TranscriptRecord::time));
        // Wordings asked as often come in the order they were first asked.
        for (TranscriptRecord q : inOrder) {
            chats.add(q.chat());
            // Recorded texts are already redacted; redacting again costs little and guards older records.
            wordings.merge(Redactor.redact(q.text().strip()), 1, Integer::sum);
            first = first == null || q.time().isBefore(first) ? q.time() : first;
            last = last == null || q.time().isAfter(last) ? q.time() : last;
            near(q, entries);
        }
        List<String> examples = wordings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(EXAMPLES).map(Map.Entry::getKey).toList();
        List<String> nearest = entries.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[1]).reversed())
                        .thenComparing(Map.Entry::getKey))
                .limit(NEAREST).map(Map.Entry::getKey).toList();
        return new Gap(id(leading), chats.size(), questions.size(), first, last, examples, nearest);
    }

    /** Counts, per entry, the questions it was retrieved for or offered with (and their summed scores). */
    private static void near(TranscriptRecord q, Map<String, double[]> entries) {
        Map<String, Double> mine = new LinkedHashMap<>();
        if (q.retrieved() != null) {
            q.retrieved().stream().limit(RETRIEVED_PER_QUESTION).filter(r -> r.entry() != null)
                    .forEach(r -> mine.merge(r.entry(), r.score(), Math::max));
        }
        if (q.candidates() != null) {
            q.candidates().forEach(c -> mine.putIfAbsent(c, 0.0));
        }
        if (q.entry() != null) {
            mine.putIfAbsent(q.entry(), 0.0);
        }
        mine.forEach((entry, score) -> {
            double[] tally = entries.computeIfAbsent(entry, e -> new double[2]);
            tally[0]++;
            tally[1] += Double.isFinite(score) ? score : 0;
        });
    }

    private static String id(Set<String> leading) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join(" ", leading).getBytes(StandardCharsets.UTF_8));
            return "gap-" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
