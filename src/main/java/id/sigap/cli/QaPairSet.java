package id.sigap.cli;

import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A question-and-answer collection written by others (a public FAQ) as a retrieval benchmark, read from
 * JSON Lines {@code {"question": "...", "answer": "..."}}: each distinct answer becomes one entry whose
 * text is the answer alone (the FAQ's own question is not put in the entry, so the question must be
 * matched to the answer in other words); a fixed-seed 30% of the answers is left out and their questions
 * expect a handoff, as {@link IdkMrcSet} does. The file is made by a converter (bench/public-faq.py) into an
 * ignored folder and read where it lies; nothing of it enters the repository.
 */
record QaPairSet(KnowledgeBase knowledgeBase, List<GoldenQuestion> questions, int answers, int leftOut) {

    static final long SEED = 20_261_201L;

    static QaPairSet read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new CommandLineVerbs.BadInput("cannot read question-answer file " + file + ": " + e.getMessage());
        }
        Map<String, List<String>> byAnswer = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = GoldenQuestion.JSON.readTree(line);
            } catch (RuntimeException e) {
                throw new CommandLineVerbs.BadInput(file + ":" + (i + 1) + ": not JSON: " + GoldenQuestion.parseProblem(e));
            }
            String question = node.path("question").asString("").strip();
            String answer = node.path("answer").asString("").strip();
            if (question.isEmpty() || answer.isEmpty()) {
                throw new CommandLineVerbs.BadInput(file + ":" + (i + 1) + ": needs a question and an answer");
            }
            byAnswer.computeIfAbsent(answer, k -> new ArrayList<>()).add(question);
        }
        List<String> answers = new ArrayList<>(byAnswer.keySet());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        Set<Integer> out = new HashSet<>(order.subList(0, (int) Math.round(answers.size() * IdkMrcSet.LEAVE_OUT)));
        List<KnowledgeEntry> entries = new ArrayList<>();
        List<GoldenQuestion> questions = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String id = "qa-" + i;
            String answer = answers.get(i);
            boolean included = !out.contains(i);
            if (included) {
                entries.add(new KnowledgeEntry(id, IdkMrcSet.title(answer), EntryStatus.APPROVED, List.of(), List.of(),
                        null, null, null, answer, file.toString()));
            }
            for (String question : byAnswer.get(answer)) {
                questions.add(included ? new GoldenQuestion(question, List.of(id), false)
                        : new GoldenQuestion(question, List.of(), true));
            }
        }
        KnowledgeBase kb = new KnowledgeBase(entries, "qa-" + SEED, LocalDate.now(), List.of(), entries.size());
        return new QaPairSet(kb, questions, answers.size(), out.size());
    }
}
