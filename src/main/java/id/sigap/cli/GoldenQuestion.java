package id.sigap.cli;

import id.sigap.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a golden set (CONTRACT.md): the question, the entries that answer it, and whether the
 * right decision is a handoff (explicit {@code handoff}, else: nothing answers it).
 */
record GoldenQuestion(String question, List<String> expected, boolean expectHandoff) {

    static final JsonMapper JSON = Json.MAPPER;

    static List<GoldenQuestion> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new CommandLineVerbs.BadInput("cannot read golden set " + file + ": " + e.getMessage());
        }
        List<GoldenQuestion> questions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String question = node.path("question").asString("");
                if (question.isBlank()) {
                    throw new CommandLineVerbs.BadInput(file + ":" + (i + 1) + ": missing question");
                }
                List<String> expected = new ArrayList<>();
                node.path("expected").forEach(id -> expected.add(id.asString()));
                boolean handoff = node.has("handoff") ? node.get("handoff").asBoolean() : expected.isEmpty();
                questions.add(new GoldenQuestion(question, expected, handoff));
            } catch (RuntimeException e) {
                if (e instanceof CommandLineVerbs.BadInput bad) {
                    throw bad;
                }
                throw new CommandLineVerbs.BadInput(file + ":" + (i + 1) + ": not a golden-set line: " + parseProblem(e));
            }
        }
        if (questions.isEmpty()) {
            throw new CommandLineVerbs.BadInput("golden set " + file + " has no questions");
        }
        return questions;
    }

    /** What is wrong with a line, with its column, without the parser's internals. */
    static String parseProblem(RuntimeException e) {
        if (e instanceof tools.jackson.core.JacksonException json) {
            int column = json.getLocation() == null ? -1 : json.getLocation().getColumnNr();
            return json.getOriginalMessage() + (column > 0 ? " (column " + column + ")" : "");
        }
        return e.getMessage();
    }
}
