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
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * IDK-MRC (Putri and Oh, EMNLP 2022; CC BY-SA 4.0) as a retrieval benchmark, the way
 * ../shared/data/retrieval/README.md describes: each passage one entry; a fixed-seed random 30% of
 * the passages left out, and every question of those expects a handoff; each answerable question of an
 * included passage expects its passage. Unanswerable questions of included passages are left out:
 * their passage is on their topic, so retrieving it is right and the gap is in reading, not retrieval.
 * The data is read from where it lies and never copied.
 */
record IdkMrcSet(KnowledgeBase knowledgeBase, List<GoldenQuestion> questions, int passages, int leftOut,
                 int excludedImpossible) {

    static final long SEED = 20_221_207L;
    static final double LEAVE_OUT = 0.30;

    static IdkMrcSet read(Path file) {
        JsonNode root;
        try {
            root = GoldenQuestion.JSON.readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new CommandLineVerbs.BadInput("cannot read IDK-MRC file " + file + ": " + e.getMessage());
        }
        int n = root.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        Set<Integer> out = new HashSet<>(order.subList(0, (int) Math.round(n * LEAVE_OUT)));
        List<KnowledgeEntry> entries = new ArrayList<>();
        List<GoldenQuestion> questions = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < n; i++) {
            JsonNode passage = root.get(i);
            String id = "idk-mrc-" + i;
            String context = passage.path("context").asString("");
            boolean included = !out.contains(i);
            if (included) {
                entries.add(new KnowledgeEntry(id, title(context), EntryStatus.APPROVED, List.of(), List.of(), null,
                        null, null, context, file.toString()));
            }
            for (JsonNode qa : passage.path("qas")) {
                String question = qa.path("question").asString("");
                boolean impossible = qa.path("is_impossible").asBoolean(false);
                if (!included) {
                    questions.add(new GoldenQuestion(question, List.of(), true));
                } else if (impossible) {
                    excluded++;
                } else {
                    questions.add(new GoldenQuestion(question, List.of(id), false));
                }
            }
        }
        entries.sort(java.util.Comparator.comparing(KnowledgeEntry::id));
        KnowledgeBase kb = new KnowledgeBase(entries, "idk-mrc-" + SEED, LocalDate.now(), List.of(), entries.size());
        return new IdkMrcSet(kb, questions, n, out.size(), excluded);
    }

    /** The passage's first sentence, cut short: Wikipedia passages open by naming their subject. */
    static String title(String context) {
        int end = context.indexOf(". ");
        String first = end > 0 ? context.substring(0, end) : context;
        return first.length() > 120 ? first.substring(0, 120) : first;
    }
}
