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
 * A question-and-answer collection written by others (a public FAQ or a chatbot's intents) as a retrieval
 * benchmark, read from JSON Lines. Two shapes of line:
 * <ul>
 *   <li>{@code {"question": "...", "answer": "..."}}: the question is asked; the answer becomes an entry whose
 *   text is the answer alone (the FAQ's own question is not put in the entry, so the question must be matched
 *   to the answer in other words);</li>
 *   <li>{@code {"answer": "...", "asked": ["..."], "known": ["..."], "title": "..."}}: an intent as an office
 *   would enter it: {@code known} are the ways of asking written into the entry's {@code questions}, {@code
 *   asked} are other ways of asking put to Sigap (either may be empty; {@code title}, optional, names the
 *   entry, else the answer's first sentence does).</li>
 * </ul>
 * Lines with the same answer are one entry. A fixed-seed 30% of the answers is left out and their questions
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
        Map<String, Intent> byAnswer = new LinkedHashMap<>();
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
            String answer = node.path("answer").asString("").strip();
            boolean intent = node.has("asked") || node.has("known");
            List<String> asked = intent ? strings(node.path("asked")) : List.of(node.path("question").asString("").strip());
            List<String> known = strings(node.path("known"));
            if (answer.isEmpty() || !intent && asked.getFirst().isEmpty()) {
                throw new CommandLineVerbs.BadInput(file + ":" + (i + 1) + ": needs a question and an answer");
            }
            if (intent && asked.isEmpty() && known.isEmpty()) {
                throw new CommandLineVerbs.BadInput(file + ":" + (i + 1) + ": an intent needs \"asked\" or \"known\" questions");
            }
            Intent into = byAnswer.computeIfAbsent(answer, k -> new Intent());
            into.asked.addAll(asked);
            into.known.addAll(known);
            String title = node.path("title").asString("").strip();
            if (!title.isEmpty()) {
                into.title = title;
            }
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
            Intent intent = byAnswer.get(answer);
            boolean included = !out.contains(i);
            if (included) {
                String title = intent.title != null ? intent.title : IdkMrcSet.title(answer);
                entries.add(new KnowledgeEntry(id, title, EntryStatus.APPROVED, intent.known, List.of(),
                        null, null, null, answer, file.toString()));
            }
            for (String question : intent.asked) {
                questions.add(included ? new GoldenQuestion(question, List.of(id), false)
                        : new GoldenQuestion(question, List.of(), true));
            }
        }
        KnowledgeBase kb = new KnowledgeBase(entries, "qa-" + SEED, LocalDate.now(), List.of(), entries.size());
        return new QaPairSet(kb, questions, answers.size(), out.size());
    }

    /** What the lines with one answer say: the questions asked, those written into the entry, its title. */
    private static final class Intent {
        final List<String> asked = new ArrayList<>();
        final List<String> known = new ArrayList<>();
        String title;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            String text = value.asString("").strip();
            if (!text.isEmpty()) {
                values.add(text);
            }
        }
        return values;
    }
}
