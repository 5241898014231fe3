package id.sigap.handoff;

import id.sigap.conversation.Priority;
import id.sigap.texts.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One table names the priorities ({@code label.priority.*}); the staff card and the raised-priority note read it too. */
class PriorityLabelsTest {

    @Test
    void everyPriorityHasOneNameAndTheStaffTextsUseIt() {
        for (Priority priority : Priority.values()) {
            String label = priority.label();
            assertThat(label).as(priority.name()).isNotBlank().isNotEqualToIgnoringCase(priority.name());
            assertThat(HandoffTexts.priority(priority)).isEqualTo(label);
            Handoff h = new Handoff("H9", "telegram", 1, null, List.of(), priority, HandoffState.WAITING, null, List.of(),
                    Instant.parse("2026-11-23T03:00:00Z"), null, null, null, null, null, null, null);
            assertThat(HandoffTexts.card(h, List.of(), List.of(), ZoneId.of("Asia/Jakarta")))
                    .contains(Texts.officer("handoff.card-priority").formatted(label, "").strip());
        }
    }

    @Test
    void thereIsNoSecondPriorityTable() {
        assertThat(Texts.all(Texts.Book.OFFICER).keySet()).noneMatch(key -> key.startsWith("handoff.priority."));
    }
}
