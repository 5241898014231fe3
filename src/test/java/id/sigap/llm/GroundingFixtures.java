package id.sigap.llm;

import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample knowledge base and the answers written for the grounding tests: honest paraphrases of its
 * entries ({@code honest-answers.jsonl}) and attacks ({@code attack-answers.jsonl}), both beside this
 * class. Public so that the conversation tests can replay the attacks through the whole pipeline.
 */
public final class GroundingFixtures {

    public static final KnowledgeBase KB = KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 11, 25));

    /** An honest answer citing {@code entry}. */
    public record Honest(String entry, String answer) {
    }

    /**
     * A model answer that must never reach a citizen.
     *
     * @param question  what the citizen asked
     * @param sources   the entries retrieval hands the model, best first
     * @param invention the part of the answer that is invented
     */
    public record Attack(String name, String question, List<String> sources, String answer, String invention) {
        @Override
        public String toString() {
            return name;
        }
    }

    private GroundingFixtures() {
    }

    /** Honest answers the rules were tuned on (crisis entries). */
    public static List<Honest> honest() {
        return honest("honest-answers.jsonl");
    }

    /**
     * Honest answers on public-service entries: written as a held-out set (11/22 delivered when first
     * run), then tuned on, so no longer held out.
     */
    public static List<Honest> secondHonest() {
        return honest("honest-answers-held-out.jsonl");
    }

    /** Honest answers written after the last change to the rules and never tuned on. */
    public static List<Honest> heldOutHonest() {
        return honest("honest-answers-held-out-2.jsonl");
    }

    private static List<Honest> honest(String file) {
        return read(file).stream()
                .map(n -> new Honest(n.get("entry").asString(), n.get("answer").asString())).toList();
    }

    public static List<Attack> attacks() {
        return read("attack-answers.jsonl").stream().map(n -> new Attack(n.get("name").asString(),
                n.get("question").asString(), n.get("sources").valueStream().map(JsonNode::asString).toList(),
                n.get("answer").asString(), n.get("invention").asString())).toList();
    }

    public static SourceText source(String id) {
        KnowledgeEntry e = KB.entry(id).orElseThrow(() -> new AssertionError("no entry " + id));
        return new SourceText(e.id(), e.title(), e.body(), e.sourceUrl());
    }

    public static List<SourceText> sources(List<String> ids) {
        return ids.stream().map(GroundingFixtures::source).toList();
    }

    private static List<JsonNode> read(String name) {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> nodes = new ArrayList<>();
        try (InputStream in = GroundingFixtures.class.getResourceAsStream(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }
}
