package id.sigap.cli;

import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The split of the learning experiment: first halves learned (redacted, not twice), second halves and handoffs asked. */
class LearningExperimentTest {

    private static KnowledgeEntry entry(String id, List<String> questions) {
        return new KnowledgeEntry(id, id, EntryStatus.APPROVED, questions, List.of(), null, null, null, "isi " + id, id + ".md");
    }

    @Test
    void eachEntryLearnsTheFirstHalfOfItsQuestionsAndIsAskedTheRest() {
        KnowledgeBase kb = new KnowledgeBase(List.of(entry("a", List.of("sudah ada")), entry("b", List.of())), "v",
                LocalDate.now(), List.of(), 2);
        List<GoldenQuestion> qs = List.of(
                new GoldenQuestion("a satu, hp 081234567890", List.of("a"), false),
                new GoldenQuestion("Sudah ada?", List.of("a"), false),
                new GoldenQuestion("a tiga", List.of("a"), false),
                new GoldenQuestion("a empat", List.of("a"), false),
                new GoldenQuestion("a lima", List.of("a"), false),
                new GoldenQuestion("b saja", List.of("b"), false),
                new GoldenQuestion("tidak ada", List.of(), true));
        LearningExperiment.Split split = LearningExperiment.split(kb, qs, q -> true);

        assertThat(split.after().entry("a").orElseThrow().questions())
                .containsExactly("sudah ada", "a satu, hp [TELEPON]");
        assertThat(split.after().entry("b").orElseThrow().questions()).isEmpty();
        assertThat(split.learned()).isEqualTo(1);
        assertThat(split.fed()).extracting(GoldenQuestion::question).containsExactly("a satu, hp 081234567890", "Sudah ada?");
        assertThat(split.asked()).extracting(GoldenQuestion::question)
                .containsExactly("a tiga", "a empat", "a lima", "b saja", "tidak ada");
        assertThat(split.askedOfLearningEntries()).hasSize(3);
        assertThat(split.entriesWithTwoOrMore()).isEqualTo(1);
        assertThat(split.handoffQuestions()).isEqualTo(1);

        LearningExperiment.Split none = LearningExperiment.split(kb, qs, q -> false);
        assertThat(none.after().entry("a").orElseThrow().questions()).containsExactly("sudah ada");
    }
}
