package id.sigap.transcript;

import id.sigap.texts.Texts;
import id.sigap.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watches the recorded turns for a sudden rise of negatif / berpotensi negatif messages, or of one
 * question the bot could not answer, and publishes an {@link IssueAlert}. A count in the last window
 * is compared with the rate of the baseline before it; an alert needs at least {@code minCount}
 * messages, {@code threshold} times the expected count and a count that chance would give less than
 * once in 10,000 windows (Poisson), and the same kind (or topic) then stays quiet for the cooldown. Counts are kept per minute in memory and rebuilt from the day files at start.
 */
@Component
class IssueMonitor {

    private static final Logger log = LoggerFactory.getLogger(IssueMonitor.class);
    private static final int MAX_TOPICS = 2000;
    /**
     * Also required: a count this unlikely by chance at the expected (Poisson) rate, so that a topic
     * usually asked twice per window does not alert on an unlucky seven.
     */
    private static final double CHANCE = 1e-4;
    /** Windows of history needed (or the whole baseline, when shorter) before the monitor judges. */
    private static final int WINDOWS_OF_HISTORY = 4;

    private final MonitorSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path transcripts;
    private final ZoneId zone;

    /** Counts per minute (epoch minute → bucket), only for the window and the baseline. */
    private final TreeMap<Long, Bucket> minutes = new TreeMap<>();
    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, Instant> quietUntil = new HashMap<>();
    private Instant historyStart;
    private int nextTopic;

    @Autowired
    IssueMonitor(MonitorSettings settings, ApplicationEventPublisher events, StoreSettings store,
                 TranscriptSettings transcript) {
        this(settings, events, Clock.systemUTC(), TranscriptFiles.directory(store.dataDir()), transcript.zone());
    }

    IssueMonitor(MonitorSettings settings, ApplicationEventPublisher events, Clock clock, Path transcripts, ZoneId zone) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.transcripts = transcripts;
        this.zone = zone;
        this.historyStart = clock.instant();
    }

    /** Rebuilds the counts of the baseline from the day files, so that a restart does not blind the monitor. */
    @EventListener(ApplicationReadyEvent.class)
    void seedFromFiles() {
        Instant now = clock.instant();
        Instant from = now.minus(settings.window()).minus(settings.baseline());
        try {
            TranscriptFiles.read(transcripts, LocalDate.ofInstant(from, zone), LocalDate.ofInstant(now, zone), record -> {
                if (record.time() != null && record.time().isAfter(from)) {
                    observe(record);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Issue monitor could not read past transcripts: {}", e.getMessage());
        }
        synchronized (this) {
            historyStart = from;
        }
    }

    /** Counts one recorded turn. */
    synchronized void observe(TranscriptRecord record) {
        if (!record.isTurn() || record.time() == null) {
            return;
        }
        boolean negative = record.negative();
        boolean unanswered = record.unanswered();
        if (!negative && !unanswered) {
            return;
        }
        Bucket bucket = minutes.computeIfAbsent(record.time().getEpochSecond() / 60, m -> new Bucket());
        if (negative) {
            bucket.negative++;
        }
        if (unanswered) {
            Topic topic = topicOf(record.questionText(), record.time());
            if (topic != null) {
                bucket.unanswered.merge(topic.id, 1, Integer::sum);
            }
        }
    }

    @Scheduled(fixedDelayString = "${sigap.monitor.check-interval:PT1M}", initialDelayString = "${sigap.monitor.check-interval:PT1M}")
    void scheduledCheck() {
        if (settings.enabled()) {
            check().forEach(alert -> {
                log.warn("Issue alert ({}): {}", alert.kind(), alert.summary());
                events.publishEvent(alert);
            });
        }
    }

    /** Compares the window with the baseline now; returns the alerts that fire (and are not in cooldown). */
    synchronized List<IssueAlert> check() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.window());
        forgetBefore(windowStart.minus(settings.baseline()));
        Duration history = Duration.between(historyStart, windowStart);
        Duration needed = settings.window().multipliedBy(WINDOWS_OF_HISTORY);
        if (history.compareTo(needed.compareTo(settings.baseline()) < 0 ? needed : settings.baseline()) < 0) {
            return List.of(); // not enough history to know what is usual
        }
        Duration span = history.compareTo(settings.baseline()) > 0 ? settings.baseline() : history;
        double windowsInBaseline = (double) span.toSeconds() / settings.window().toSeconds();
        long split = windowStart.getEpochSecond() / 60;

        List<IssueAlert> alerts = new ArrayList<>();
        int negativeNow = 0;
        int negativeBefore = 0;
        Map<Integer, Integer> topicNow = new HashMap<>();
        Map<Integer, Integer> topicBefore = new HashMap<>();
        for (var minute : minutes.entrySet()) {
            boolean recent = minute.getKey() >= split;
            Bucket b = minute.getValue();
            if (recent) {
                negativeNow += b.negative;
                b.unanswered.forEach((t, n) -> topicNow.merge(t, n, Integer::sum));
            } else {
                negativeBefore += b.negative;
                b.unanswered.forEach((t, n) -> topicBefore.merge(t, n, Integer::sum));
            }
        }
        double expectedNegative = negativeBefore / windowsInBaseline;
        double ratio = ratio(negativeNow, expectedNegative);
        if (fires(IssueAlert.SENTIMENT, negativeNow, expectedNegative, now)) {
            alerts.add(new IssueAlert(IssueAlert.SENTIMENT, String.format(Locale.ROOT,
                    Texts.officer("monitor.spike-negative"),
                    negativeNow, minutes(settings.window()), ratio), negativeNow, ratio, now));
        }
        for (var entry : topicNow.entrySet()) {
            int count = entry.getValue();
            double expected = topicBefore.getOrDefault(entry.getKey(), 0) / windowsInBaseline;
            double topicRatio = ratio(count, expected);
            Topic topic = topic(entry.getKey());
            if (topic != null && fires(IssueAlert.TOPIC + ":" + topic.id, count, expected, now)) {
                alerts.add(new IssueAlert(IssueAlert.TOPIC, String.format(Locale.ROOT,
                        Texts.officer("monitor.spike-unanswered"),
                        shorten(topic.question), count, minutes(settings.window()), topicRatio), count, topicRatio, now));
            }
        }
        return alerts;
    }

    private boolean fires(String key, int count, double expected, Instant now) {
        double floor = Math.max(expected, 1.0);
        if (count < settings.minCount() || count < settings.threshold() * floor || poissonTail(count, floor) > CHANCE) {
            return false;
        }
        Instant quiet = quietUntil.get(key);
        if (quiet != null && now.isBefore(quiet)) {
            return false;
        }
        quietUntil.put(key, now.plus(settings.cooldown()));
        return true;
    }

    /** P(X >= k) for X ~ Poisson(lambda), summed in log space so that large rates do not underflow. */
    static double poissonTail(int k, double lambda) {
        double below = 0;
        double logLambda = Math.log(lambda);
        double logFactorial = 0;
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                logFactorial += Math.log(i);
            }
            below += Math.exp(-lambda + i * logLambda - logFactorial);
        }
        return Math.max(0, 1 - below);
    }

    /** A count over what was expected; a baseline under one message counts as one, so rare things can still rise. */
    private static double ratio(int count, double expected) {
        return count / Math.max(expected, 1.0);
    }

    private Topic topicOf(String question, Instant at) {
        var tokens = QuestionTokens.of(question);
        if (tokens.isEmpty()) {
            return null;
        }
        Topic best = null;
        double bestScore = 0;
        for (Topic topic : topics) {
            double score = QuestionTokens.jaccard(topic.tokens, tokens);
            if (score >= settings.topicSimilarity() && score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        if (best == null) {
            if (topics.size() >= MAX_TOPICS) {
                topics.sort((a, b) -> a.lastSeen.compareTo(b.lastSeen));
                topics.removeFirst();
            }
            best = new Topic(nextTopic++, tokens, question.strip());
            topics.add(best);
        }
        if (best.lastSeen == null || at.isAfter(best.lastSeen)) {
            best.lastSeen = at;
        }
        return best;
    }

    private Topic topic(int id) {
        for (Topic topic : topics) {
            if (topic.id == id) {
                return topic;
            }
        }
        return null;
    }

    private void forgetBefore(Instant start) {
        minutes.headMap(start.getEpochSecond() / 60).clear();
        topics.removeIf(t -> t.lastSeen != null && t.lastSeen.isBefore(start));
        Instant now = clock.instant();
        quietUntil.values().removeIf(until -> until.isBefore(now));
    }

    /** A window as the officers' texts write it ("2 jam", "30 menit"); also the gap alert's. */
    static String minutes(Duration window) {
        long m = window.toMinutes();
        return m % 60 == 0 ? String.format(Locale.ROOT, Texts.officer("monitor.window-hours"), m / 60)
                : String.format(Locale.ROOT, Texts.officer("monitor.window-minutes"), m);
    }

    /** One line of at most 120 characters, for an alert's example. */
    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    private static final class Bucket {
        int negative;
        final Map<Integer, Integer> unanswered = new HashMap<>(4);
    }

    private static final class Topic {
        final int id;
        final java.util.Set<String> tokens;
        final String question;
        Instant lastSeen;

        Topic(int id, java.util.Set<String> tokens, String question) {
            this.id = id;
            this.tokens = tokens;
            this.question = question;
        }
    }
}
