package id.sigap.llm;

import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faithful paraphrases of the sample knowledge base's entries (written for this test, beside it in
 * {@code honest-answers.jsonl}) must reach the citizen: the grounding check must not turn every
 * generated answer into the extractive one. Each is checked against its own entry alone, the
 * strictest case (retrieval usually gives two more entries, which can only add support).
 */
class HonestParaphrasesTest {

    static final KnowledgeBase KB = KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 11, 25));

    record Case(String entry, String answer) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = HonestParaphrasesTest.class.getResourceAsStream("honest-answers.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    cases.add(new Case(node.get("entry").asString(), node.get("answer").asString()));
                }
            }
        }
        return cases;
    }

    static SourceText source(String id) {
        KnowledgeEntry e = KB.entry(id).orElseThrow(() -> new AssertionError("no entry " + id));
        return new SourceText(e.id(), e.title(), e.body(), e.sourceUrl());
    }

    @Test
    void faithfulParaphrasesOfTheSampleEntriesAreDelivered() throws IOException {
        List<Case> cases = cases();
        List<String> rejected = new ArrayList<>();
        for (Case c : cases) {
            GroundingCheck.Verdict verdict = GroundingCheck.check(c.answer(), List.of(source(c.entry())));
            if (!verdict.grounded()) {
                rejected.add(verdict.reason() + "  <-  " + c.answer());
            }
        }
        System.out.printf("honest paraphrases delivered: %d/%d%n", cases.size() - rejected.size(), cases.size());
        rejected.forEach(r -> System.out.println("  rejected " + r));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        // A rejected honest answer costs little (the citizen gets the approved text itself), but too
        // many make generated answers pointless; see docs/grounding.md for the measured rate.
        assertThat((double) (cases.size() - rejected.size()) / cases.size()).isGreaterThanOrEqualTo(0.85);
    }
}
