package id.sigap.web;

import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffState;
import id.sigap.conversation.Priority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTest {

    @Test
    void emergenciesComeFirstThenHighPriorityAndWithinAPriorityWhoWaitedLongest() {
        Instant t = Instant.parse("2026-12-01T08:00:00Z");
        List<Handoff> queue = List.of(
                handoff("late-normal", Priority.NORMAL, t.plusSeconds(60)),
                handoff("emergency", Priority.EMERGENCY, t.plusSeconds(120)),
                handoff("early-normal", Priority.NORMAL, t),
                handoff("high", Priority.HIGH, t.plusSeconds(90)));

        assertThat(queue.stream().sorted(HandoffConsoleController.QUEUE_ORDER).map(Handoff::id))
                .containsExactly("emergency", "high", "early-normal", "late-normal");
    }

    private static Handoff handoff(String id, Priority priority, Instant created) {
        return new Handoff(id, "telegram", 1, null, List.of(), priority, HandoffState.WAITING, null, List.of(),
                created, null, null, null, null, null, null, null);
    }
}
