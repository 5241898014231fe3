package id.sigap.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Published when a topic grows fast or turns negative; posted to the staff group. Texts are redacted.
 *
 * @param topic     the topic
 * @param window    the window its counts refer to
 * @param entries   the closest approved knowledge-base entries ({@code id — title}), best first
 * @param at        when it fired
 */
record MonitoringAlert(TopicSummary topic, Duration window, List<String> entries, Instant at) {
}
