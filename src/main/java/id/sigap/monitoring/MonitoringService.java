package id.sigap.monitoring;

import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public face of issue monitoring: collect from the feeds, read the present state (topics,
 * sentiment map, rising words, coordinated activity, feeds), and raise alerts. An alert fires once per
 * topic per cooldown, across instances (a Redis claim on the topic and on its two heaviest words, so a
 * topic that splits in two still alerts once).
 */
class MonitoringService {

    private static final Logger log = LoggerFactory.getLogger(MonitoringService.class);

    private final MonitoringSettings settings;
    private final FeedPoller poller;
    private final ItemStore items;
    private final PostLog posts;
    private final StringRedisTemplate redis;
    private final ApplicationEventPublisher events;
    private final Function<String, List<String>> nearestEntries;
    private final Function<String, String> areaName;
    private final Set<String> placeStems;

    MonitoringService(MonitoringSettings settings, FeedPoller poller, ItemStore items, PostLog posts,
                      StringRedisTemplate redis, ApplicationEventPublisher events,
                      Function<String, List<String>> nearestEntries, Function<String, String> areaName,
                      List<String> areaNames) {
        this.settings = settings;
        this.poller = poller;
        this.items = items;
        this.posts = posts;
        this.redis = redis;
        this.events = events;
        this.nearestEntries = nearestEntries;
        this.areaName = areaName;
        this.placeStems = areaNames.stream().flatMap(name -> TopicTerms.of(name).stream()).map(TopicTerms.Term::stem)
                .collect(Collectors.toUnmodifiableSet());
    }

    TopicAnalysis.Rules rules() {
        return TopicAnalysis.Rules.of(settings, placeStems);
    }

    /** The closest approved entries for a text, through the retriever ({@code id — title}). */
    static Function<String, List<String>> entriesFrom(KnowledgeRetriever retriever) {
        return text -> {
            if (retriever == null) {
                return List.of();
            }
            try {
                return retriever.retrieve(text).hits().stream().limit(3)
                        .map((RetrievalHit h) -> h.entryId() + " — " + h.title()).toList();
            } catch (RuntimeException e) {
                log.warn("Retrieval for a monitoring topic failed: {}", e.toString());
                return List.of();
            }
        };
    }

    /** Asks every feed now (with conditional GET); returns how many new items came in. */
    public FeedPoller.Round collectOnce() {
        return poller.poll(true);
    }

    public MonitoringOverview overview(Instant now) {
        List<MonitoredItem> recent = items.between(now.minus(settings.horizon()), now.plusMillis(1));
        return overview(recent, now, rules());
    }

    MonitoringOverview overview(List<MonitoredItem> recent, Instant now, TopicAnalysis.Rules rules) {
        Map<String, MonitoredItem> byId = recent.stream().collect(Collectors.toMap(MonitoredItem::id, i -> i, (a, b) -> a));
        List<CoordinationFlag> flags = new CoordinationCheck(settings).check(posts, now,
                id -> byId.containsKey(id) ? byId.get(id).text() : items.find(id).map(MonitoredItem::text).orElse(""));
        Set<String> coordinated = new HashSet<>();
        flags.forEach(f -> coordinated.addAll(f.itemIds()));
        List<TopicSummary> topics = TopicAnalysis.topics(recent, now, rules, coordinated);
        return new MonitoringOverview(now, recent.size(), topics,
                SentimentMapping.of(recent, now, settings.zone(), areaName),
                TopicAnalysis.risingTerms(recent, now, rules), flags, poller.statuses());
    }

    List<MonitoredItem> items(Instant from, Instant to) {
        return items.between(from, to);
    }

    MonitoringSettings settings() {
        return settings;
    }

    List<String> nearestEntries(String text) {
        return nearestEntries.apply(text);
    }

    String areaName(String code) {
        return areaName.apply(code);
    }

    /** Publishes an alert for each topic in alert that has not alerted within the cooldown; returns them. */
    public List<MonitoringAlert> raiseAlerts(Instant now) {
        List<MonitoringAlert> raised = new ArrayList<>();
        for (TopicSummary topic : overview(now).topics()) {
            if (!topic.alert() || !claim(topic)) {
                continue;
            }
            String query = topic.label().replace(" · ", " ") + " " + (topic.examples().isEmpty() ? "" : topic.examples().getFirst().text());
            MonitoringAlert alert = new MonitoringAlert(topic, settings.window(), nearestEntries.apply(ItemIntake.cut(query, 300)), now);
            log.warn("Monitoring alert ({}): {} — {} items in the window", topic.reason(), topic.label(), topic.recent());
            events.publishEvent(alert);
            raised.add(alert);
        }
        return raised;
    }

    private boolean claim(TopicSummary topic) {
        List<String> keys = new ArrayList<>();
        keys.add(ItemStore.PREFIX + "alerted:topic:" + topic.id());
        List<String> words = List.of(topic.label().split(" · "));
        if (words.size() >= 2) {
            keys.add(ItemStore.PREFIX + "alerted:words:" + words.stream().limit(2).sorted().collect(Collectors.joining("+")));
        }
        for (String key : keys) {
            if (Boolean.TRUE.equals(redis.hasKey(key))) {
                return false;
            }
        }
        boolean first = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.getFirst(), "1", settings.alertCooldown()));
        if (first) {
            keys.stream().skip(1).forEach(k -> redis.opsForValue().set(k, "1", settings.alertCooldown()));
        }
        return first;
    }

    static Duration ofDays(int days) {
        return Duration.ofDays(days);
    }
}
