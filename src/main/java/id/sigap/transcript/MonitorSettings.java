package id.sigap.transcript;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When the {@link IssueMonitor} raises an {@link IssueAlert} ({@code sigap.monitor.*}).
 * A count in the last {@code window} is compared with what the {@code baseline} before it leads one to
 * expect for a window of that length.
 *
 * @param enabled       whether the monitor runs
 * @param window        the recent period looked at
 * @param baseline      the period before the window that sets the expected rate
 * @param threshold     how many times the expected count the window must reach
 * @param minCount      the fewest messages in the window that can make an alert (no alert for 2 messages)
 * @param cooldown      after an alert, how long the same kind (or topic) stays quiet
 * @param checkInterval how often the monitor checks
 * @param topicSimilarity Jaccard similarity at which two unanswered questions are the same topic
 */
@ConfigurationProperties("sigap.monitor")
record MonitorSettings(@DefaultValue("true") boolean enabled,
                              @DefaultValue("30m") Duration window,
                              @DefaultValue("24h") Duration baseline,
                              @DefaultValue("3.0") double threshold,
                              @DefaultValue("5") int minCount,
                              @DefaultValue("2h") Duration cooldown,
                              @DefaultValue("1m") Duration checkInterval,
                              @DefaultValue("0.5") double topicSimilarity) {

    public MonitorSettings {
        if (window.isZero() || window.isNegative() || baseline.compareTo(window) < 0) {
            throw new IllegalArgumentException("sigap.monitor.window must be positive and not longer than the baseline");
        }
    }
}
