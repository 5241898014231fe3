package id.sigap.conversation;

import id.sigap.ops.SigapMetrics;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Counts every completed turn by its decision and records the time of each pipeline stage, from the
 * {@link TurnCompleted} events alone, so the pipeline knows nothing of metrics.
 */
@Component
class TurnMetrics {

    private final SigapMetrics metrics;

    TurnMetrics(SigapMetrics metrics) {
        this.metrics = metrics;
    }

    @EventListener
    void on(TurnCompleted turn) {
        try {
            metrics.turn(turn.message().channel(), turn.result().decision().outcome().name());
            metrics.stageLatency("pipeline", turn.latencyMicros());
            if (turn.result().signals() != null) {
                for (Map.Entry<String, Long> stage : turn.result().signals().stageMicros().entrySet()) {
                    if (stage.getValue() != null && stage.getValue() >= 0) {
                        metrics.stageLatency(stage.getKey(), stage.getValue());
                    }
                }
            }
        } catch (RuntimeException e) {
            // Metrics never fail a turn.
        }
    }
}
