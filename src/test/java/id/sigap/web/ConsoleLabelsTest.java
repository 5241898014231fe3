package id.sigap.web;

import id.sigap.conversation.Priority;
import id.sigap.handoff.HandoffState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLabelsTest {

    private final ConsoleLabels labels = new ConsoleLabels();

    @Test
    void everyPriorityAndStateTheConsoleShowsHasAPlainIndonesianLabel() {
        for (Priority priority : Priority.values()) {
            assertThat(labels.of(priority)).as(priority.name()).isNotBlank().isNotEqualTo(priority.name())
                    .isEqualTo(priority.label());
        }
        for (HandoffState state : HandoffState.values()) {
            assertThat(labels.of(state)).as(state.name()).isNotBlank().isNotEqualTo(state.name());
        }
        for (String status : new String[]{"approved", "draft", "archived"}) {
            assertThat(labels.status(status)).isNotBlank().isNotEqualTo(status);
        }
    }
}
