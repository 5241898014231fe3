package id.sigap.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Settings of issue monitoring ({@code sigap.monitoring.*}); the feed list also comes from
 * {@code SIGAP_MONITOR_FEEDS}.
 *
 * @param feeds               RSS/Atom URLs to watch
 * @param pollInterval        how often each feed is asked for news when all is well
 * @param fetchTimeout        the longest one feed request may take, body included
 * @param maxFeedBytes        a feed larger than this is refused (not read further)
 * @param maxRedirects        redirects followed before a feed is declared broken
 * @param maxBackoff          the longest wait after repeated failures of a feed
 * @param maxItemChars        an item's text is cut at this length
 * @param retention           how long items are kept
 * @param horizon             how far back topics and the sentiment map look
 * @param topicSimilarity     share of an item's term weight a topic's core terms must hold for the item to join it
 * @param window              the recent period an alert looks at
 * @param baseline            the period before the window that sets a topic's usual rate
 * @param alertMinItems       the fewest items in the window that can make an alert
 * @param alertGrowth         how many times its usual count a topic must reach in the window
 * @param alertNegativeShare  share of negatif + berpotensi negatif in the window that makes a topic "turned negative"
 * @param alertCooldown       after an alert, how long the same topic stays quiet
 * @param coordinationWindow  the short window in which near-identical posts count as coordinated
 * @param coordinationAccounts distinct accounts posting near-identical text that make a flag
 * @param nearDuplicate       estimated Jaccard similarity of word shingles at which two posts are near-identical
 * @param newAccountAge       an account first seen this recently is "new"
 * @param burstPosts          posts of one new account within the coordination window that make a burst
 * @param briefTime           when the morning brief goes to the staff group (office time)
 * @param briefEnabled        whether the morning brief is sent
 * @param zone                the office's time zone
 */
@ConfigurationProperties("sigap.monitoring")
record MonitoringSettings(@DefaultValue("") List<String> feeds,
                          @DefaultValue("15m") Duration pollInterval,
                          @DefaultValue("10s") Duration fetchTimeout,
                          @DefaultValue("2000000") long maxFeedBytes,
                          @DefaultValue("5") int maxRedirects,
                          @DefaultValue("6h") Duration maxBackoff,
                          @DefaultValue("2000") int maxItemChars,
                          @DefaultValue("30d") Duration retention,
                          @DefaultValue("72h") Duration horizon,
                          @DefaultValue("0.4") double topicSimilarity,
                          @DefaultValue("2h") Duration window,
                          @DefaultValue("24h") Duration baseline,
                          @DefaultValue("6") int alertMinItems,
                          @DefaultValue("3.0") double alertGrowth,
                          @DefaultValue("0.6") double alertNegativeShare,
                          @DefaultValue("12h") Duration alertCooldown,
                          @DefaultValue("30m") Duration coordinationWindow,
                          @DefaultValue("5") int coordinationAccounts,
                          @DefaultValue("0.7") double nearDuplicate,
                          @DefaultValue("3d") Duration newAccountAge,
                          @DefaultValue("10") int burstPosts,
                          @DefaultValue("07:00") LocalTime briefTime,
                          @DefaultValue("true") boolean briefEnabled,
                          @DefaultValue("Asia/Jakarta") ZoneId zone) {

    MonitoringSettings {
        feeds = feeds == null ? List.of() : feeds.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
        if (window.compareTo(baseline) > 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("sigap.monitoring.window must be positive and not longer than the baseline");
        }
    }

    /** Defaults, for tests and tools that run without Spring. */
    static MonitoringSettings defaults(List<String> feeds) {
        return new MonitoringSettings(feeds, Duration.ofMinutes(15), Duration.ofSeconds(10), 2_000_000, 5,
                Duration.ofHours(6), 2000, Duration.ofDays(30), Duration.ofHours(72), 0.4, Duration.ofHours(2),
                Duration.ofHours(24), 6, 3.0, 0.6, Duration.ofHours(12), Duration.ofMinutes(30), 5, 0.7,
                Duration.ofDays(3), 10, LocalTime.of(7, 0), true, ZoneId.of("Asia/Jakarta"));
    }

    MonitoringSettings withFetch(Duration timeout, long maxBytes) {
        return new MonitoringSettings(feeds, pollInterval, timeout, maxBytes, maxRedirects, maxBackoff, maxItemChars,
                retention, horizon, topicSimilarity, window, baseline, alertMinItems, alertGrowth, alertNegativeShare,
                alertCooldown, coordinationWindow, coordinationAccounts, nearDuplicate, newAccountAge, burstPosts,
                briefTime, briefEnabled, zone);
    }
}
