package id.sigap.transcript;

import id.sigap.privacy.Redactor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current knowledge gaps: the questions of the last days that Sigap could not answer well (see
 * {@link GapSignals}), grouped by what they say ({@link QuestionTokens}, the same likeness as the weekly
 * report's unanswered questions), newest activity first. The running application reads the shared Redis
 * streams, which hold every instance's records and survive restarts, and keeps the result for at most
 * {@link #REFRESH} and only while no record of the period was added or deleted (on any instance); the {@code gaps} verb reads the daily
 * transcript files. Either way what {@code /hapus} erased and retention dropped is simply not there. Used by the
 * {@code gaps} verb, the console's "Celah pengetahuan" page and the drafts made from a gap.
 */
@Component
public class KnowledgeGaps {

    /** Two questions belong together when their word sets overlap at least this much (Jaccard). */
    static final double SIMILARITY = 0.5;
    /** How long computed gaps are reused before the streams are read again. */
    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final int EXAMPLES = 3;
    private static final int NEAREST = 3;
    private static final int STAFF_ANSWERS = 3;
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
     * @param trend          questions per day over the period, oldest day first
     * @param staffAnswers   up to three answers staff gave by hand to these questions, newest first, redacted
     */
    public record Gap(String id, int citizens, int questions, Instant firstSeen, Instant lastSeen,
                      List<String> examples, List<String> nearestEntries, List<Integer> trend,
                      List<String> staffAnswers) {
    }

    /**
     * A citizen who asked in a gap, as the server (never a page) knows them.
     *
     * @param channel         the chat's channel (telegram...)
     * @param chatId          the chat
     * @param askedAt         when they last asked in this gap
     * @param answeredByStaff staff answered one of their questions of this gap by hand
     * @param language        the language their last question was read in ({@code id}, {@code en}...)
     */
    public record Asker(String channel, long chatId, Instant askedAt, boolean answeredByStaff, String language) {
    }

    /** The askers of a gap whose chats are known, and how many are not (their data deleted, or recorded before). */
    public record Askers(List<Asker> known, int unknown) {
    }

    /** A gap and how many distinct citizens asked in it since a given time (for the issue alert). */
    record Spike(Gap gap, int recentCitizens) {
    }

    /** A gap with what only the server keeps: its questions and which chats staff answered. */
    private record Cluster(Gap gap, List<TranscriptRecord> questions, Set<String> staffAnswered) {
    }

    private record Computed(Instant at, LocalDate to, List<Long> lengths, List<Cluster> clusters) {
    }

    private final TranscriptStore store;
    private final ZoneId zone;
    private final Clock clock;
    private final Map<Integer, Computed> cache = new ConcurrentHashMap<>();

    @Autowired
    KnowledgeGaps(TranscriptStore store, TranscriptSettings settings, ObjectProvider<Clock> clock) {
        this(store, settings.zone(), clock.getIfAvailable(Clock::systemUTC));
    }

    KnowledgeGaps(TranscriptStore store, ZoneId zone, Clock clock) {
        this.store = store;
        this.zone = zone;
        this.clock = clock;
    }

    /** The gaps of the last {@code days} days (today included), as every instance recorded them. */
    public List<Gap> current(int days) {
        return clusters(days).stream().map(Cluster::gap).toList();
    }

    /** One current gap by id. */
    public Optional<Gap> find(String id, int days) {
        return clusters(days).stream().map(Cluster::gap).filter(g -> g.id().equals(id)).findFirst();
    }

    /** Every distinct wording of a gap's questions, redacted, commonest first (for a draft's {@code questions:}). */
    public List<String> phrasings(String id, int days) {
        Map<String, Integer> wordings = new LinkedHashMap<>();
        clusters(days).stream().filter(c -> c.gap().id().equals(id)).findFirst().ifPresent(c -> c.questions().stream()
                .sorted(Comparator.comparing(TranscriptRecord::time))
                .forEach(q -> wordings.merge(Redactor.redact(q.text().strip()), 1, Integer::sum)));
        return wordings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Who asked in a gap, for telling them when its answer is approved: chats whose data was deleted are not
     * known any more and only counted. Never shown on a page.
     */
    public Askers askers(String id, int days) {
        Optional<Cluster> cluster = clusters(days).stream().filter(c -> c.gap().id().equals(id)).findFirst();
        if (cluster.isEmpty()) {
            return new Askers(List.of(), 0);
        }
        Map<String, TranscriptRecord> last = new LinkedHashMap<>();
        for (TranscriptRecord q : cluster.get().questions()) {
            last.merge(q.chat(), q, (a, b) -> b.time().isAfter(a.time()) ? b : a);
        }
        List<Asker> known = new ArrayList<>();
        int unknown = 0;
        for (var e : last.entrySet()) {
            String who = store.chatOf(e.getKey());
            int colon = who == null ? -1 : who.lastIndexOf(':');
            if (colon < 0) {
                unknown++;
                continue;
            }
            try {
                known.add(new Asker(who.substring(0, colon), Long.parseLong(who.substring(colon + 1)), e.getValue().time(),
                        cluster.get().staffAnswered().contains(e.getKey()), e.getValue().language()));
            } catch (NumberFormatException bad) {
                unknown++;
            }
        }
        return new Askers(known, unknown);
    }

    /** The current gaps, each with the distinct citizens who asked in it at or after {@code since}. */
    List<Spike> spikes(int days, Instant since) {
        return clusters(days).stream().map(c -> new Spike(c.gap(), (int) c.questions().stream()
                .filter(q -> !q.time().isBefore(since)).map(TranscriptRecord::chat).distinct().count())).toList();
    }

    /** Forgets what was computed, so the next request reads the streams again (after a {@code /hapus}). */
    public void forget() {
        cache.clear();
    }

    private List<Cluster> clusters(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        Instant now = clock.instant();
        LocalDate to = LocalDate.ofInstant(now, zone);
        LocalDate from = to.minusDays(days - 1L);
        // Reused only while no instance added or deleted a record of the period, and for REFRESH at most
        // (offered choices turn into gaps as time passes).
        List<Long> lengths = store.streamLengths(from, to);
        Computed c = cache.get(days);
        if (c == null || c.at().plus(REFRESH).isBefore(now) || c.at().isAfter(now) || !c.to().equals(to)
                || !c.lengths().equals(lengths)) {
            List<TranscriptRecord> records = new ArrayList<>();
            store.readStreams(from, to, r -> {
                if (r.time() != null) {
                    records.add(r);
                }
            });
            c = new Computed(now, to, lengths, clustersOf(records, now, zone, from, days));
            cache.put(days, c);
        }
        return c.clusters();
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
        LocalDate from = to.minusDays(days - 1L);
        List<TranscriptRecord> records = new ArrayList<>();
        TranscriptFiles.read(TranscriptFiles.directory(dataDir), from, to, r -> {
            if (r.time() != null) {
                records.add(r);
            }
        });
        return clustersOf(records, now, zone, from, days).stream().map(Cluster::gap).toList();
    }

    private static List<Cluster> clustersOf(List<TranscriptRecord> unordered, Instant now, ZoneId zone, LocalDate from,
                                            int days) {
        List<TranscriptRecord> records = new ArrayList<>(unordered);
        records.sort(Comparator.comparing(TranscriptRecord::time));
        Map<Integer, Integer> staffReplies = new HashMap<>();
        Map<TranscriptRecord, TranscriptRecord> answers = new IdentityHashMap<>();
        Map<Set<String>, List<TranscriptRecord>> byTokens = new LinkedHashMap<>();
        for (int i : GapSignals.of(records, now, staffReplies)) {
            TranscriptRecord question = records.get(i);
            Set<String> tokens = QuestionTokens.of(question.questionText());
            if (!tokens.isEmpty()) {
                byTokens.computeIfAbsent(tokens, t -> new ArrayList<>()).add(question);
                Integer reply = staffReplies.get(i);
                if (reply != null) {
                    answers.put(question, records.get(reply));
                }
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
        return clusters.entrySet().stream().map(c -> cluster(c.getKey(), c.getValue(), answers, zone, from, days))
                .sorted(Comparator.comparing((Cluster c) -> c.gap().lastSeen()).reversed()
                        .thenComparing(c -> c.gap().id()))
                .toList();
    }

    private static Cluster cluster(Set<String> leading, List<TranscriptRecord> questions,
                                   Map<TranscriptRecord, TranscriptRecord> answers, ZoneId zone, LocalDate from, int days) {
        Set<String> chats = new HashSet<>();
        Map<String, Integer> wordings = new LinkedHashMap<>();
        Map<String, double[]> entries = new HashMap<>();
        int[] perDay = new int[days];
        Set<String> staffAnswered = new HashSet<>();
        List<TranscriptRecord> replies = new ArrayList<>();
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
            long day = java.time.temporal.ChronoUnit.DAYS.between(from, LocalDate.ofInstant(q.time(), zone));
            if (day >= 0 && day < days) {
                perDay[(int) day]++;
            }
            TranscriptRecord reply = answers.get(q);
            if (reply != null) {
                staffAnswered.add(q.chat());
                replies.add(reply);
            }
        }
        List<String> examples = wordings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(EXAMPLES).map(Map.Entry::getKey).toList();
        List<String> nearest = entries.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[1]).reversed())
                        .thenComparing(Map.Entry::getKey))
                .limit(NEAREST).map(Map.Entry::getKey).toList();
        List<String> staff = replies.reversed().stream().map(TranscriptRecord::text)
                .filter(t -> t != null && !t.isBlank()).map(t -> Redactor.redact(t.strip())).distinct()
                .limit(STAFF_ANSWERS).toList();
        List<Integer> trend = java.util.Arrays.stream(perDay).boxed().toList();
        Gap gap = new Gap(id(leading), chats.size(), questions.size(), first, last, examples, nearest, trend, staff);
        return new Cluster(gap, List.copyOf(questions), Set.copyOf(staffAnswered));
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
