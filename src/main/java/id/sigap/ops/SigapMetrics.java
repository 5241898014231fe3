package id.sigap.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sigap's own metrics, one method per thing worth counting, so that features record what happened
 * without knowing meter names or tags. Exposed in Prometheus format at {@code /actuator/prometheus}
 * (names there get {@code _total} / {@code _seconds} suffixes). Never takes message text: tags are
 * small fixed sets (channel, outcome, stage, kind).
 */
@Component
public class SigapMetrics {

    private final MeterRegistry registry;

    public SigapMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An update recorded for the first time ({@code sigap.messages.in}). */
    public void messageIn(String channel) {
        counter("sigap.messages.in", "Updates recorded for processing", "channel", channel).increment();
    }

    /** An update delivered again and dropped by the update-id check ({@code sigap.messages.duplicate}). */
    public void duplicateDelivery(String channel) {
        counter("sigap.messages.duplicate", "Repeated deliveries of an already recorded update", "channel", channel)
                .increment();
    }

    /** A Bot API call accepted by the platform ({@code sigap.messages.out}); type is message, copy or callback. */
    public void messageOut(String channel, String type) {
        counter("sigap.messages.out", "Outgoing calls accepted by the platform", "channel", channel, "type", type)
                .increment();
    }

    /** The platform answered 429 ({@code sigap.send.throttled}). */
    public void throttled(String channel) {
        counter("sigap.send.throttled", "Outgoing calls refused with 429 Too Many Requests", "channel", channel)
                .increment();
    }

    /** An outgoing call failed; kind is {@code transient} (retried) or {@code permanent} (dropped). */
    public void sendFailure(String channel, String kind) {
        counter("sigap.send.failures", "Outgoing calls that failed", "channel", channel, "kind", kind).increment();
    }

    /** The pipeline threw on a message and the citizen got an apology ({@code sigap.pipeline.errors}). */
    public void pipelineError(String channel) {
        counter("sigap.pipeline.errors", "Messages the pipeline failed on", "channel", channel).increment();
    }

    /**
     * A call to the language model failed ({@code sigap.llm.errors}); kind is a short fixed word such as
     * {@code timeout}, {@code http}, {@code refused}. For the generated-answer path.
     */
    public void llmError(String kind) {
        counter("sigap.llm.errors", "Failed calls to the language model", "kind", kind).increment();
    }

    /** A turn the pipeline completed, by its decision ({@code sigap.turns}). */
    public void turn(String channel, String outcome) {
        counter("sigap.turns", "Messages handled by the pipeline, by decision outcome", "channel", channel,
                "outcome", outcome.toLowerCase(Locale.ROOT)).increment();
    }

    /** Time spent in one pipeline stage ({@code sigap.turn.stage}); stage {@code pipeline} is the whole turn. */
    public void stageLatency(String stage, long micros) {
        timer("sigap.turn.stage", "Time spent in each pipeline stage", "stage", stage)
                .record(micros, TimeUnit.MICROSECONDS);
    }

    /** How long a recorded update waited in its chat's inbox before the pipeline took it. */
    public void inboxWait(String channel, Duration waited) {
        timer("sigap.queue.inbox.wait", "Time from recording an update to processing it", "channel", channel)
                .record(nonNegative(waited));
    }

    /** How long an outgoing call waited in its chat's outbox before the platform accepted it. */
    public void outboxWait(String channel, Duration waited) {
        timer("sigap.queue.outbox.wait", "Time from queuing a reply to the platform accepting it", "channel", channel)
                .record(nonNegative(waited));
    }

    /** From receiving an update to the platform accepting its first reply. */
    public void replyLatency(String channel, Duration latency) {
        timer("sigap.reply.latency", "Time from receiving an update to its reply being accepted", "channel", channel)
                .record(nonNegative(latency));
    }

    /** Registers a gauge read at scrape time; the supplier may return NaN when the value cannot be read. */
    public void gauge(String name, String description, Supplier<Number> value, String... tags) {
        io.micrometer.core.instrument.Gauge.builder(name, value).description(description).tags(tags).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private Timer timer(String name, String description, String... tags) {
        return Timer.builder(name).description(description).tags(tags)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
