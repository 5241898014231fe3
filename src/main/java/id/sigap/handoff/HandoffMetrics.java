package id.sigap.handoff;

import id.sigap.ops.SigapMetrics;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gauges of the staff queue: how many handoffs wait for staff and how long the oldest has waited.
 * Read from Redis at scrape time (and kept a second, so both gauges share one read); NaN when Redis
 * cannot be read.
 */
@Component
class HandoffMetrics {

    private final HandoffService handoffs;
    private volatile Snapshot last = new Snapshot(0, Double.NaN, Double.NaN);

    HandoffMetrics(HandoffService handoffs, SigapMetrics metrics) {
        this.handoffs = handoffs;
        metrics.gauge("sigap.handoff.waiting", "Handoffs waiting for a staff member", () -> snapshot().waiting());
        metrics.gauge("sigap.handoff.oldest.age.seconds", "Age of the oldest handoff waiting for staff",
                () -> snapshot().oldestSeconds());
    }

    private Snapshot snapshot() {
        Snapshot current = last;
        long now = System.nanoTime();
        if (now - current.readAt() < Duration.ofSeconds(1).toNanos() && current.readAt() != 0) {
            return current;
        }
        Snapshot fresh;
        try {
            // Web simulator trials never reach staff, so they are not waiting for anyone.
            List<Handoff> waiting = handoffs.waiting().stream().filter(h -> !id.sigap.handoff.HandoffService.trial(h)).toList();
            Instant oldest = waiting.stream().map(Handoff::createdAt).filter(java.util.Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
            double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
            fresh = new Snapshot(now, waiting.size(), age);
        } catch (RuntimeException e) {
            fresh = new Snapshot(now, Double.NaN, Double.NaN);
        }
        last = fresh;
        return fresh;
    }

    private record Snapshot(long readAt, double waiting, double oldestSeconds) {
    }
}
