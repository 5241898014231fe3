package id.sigap.retrieval;

import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leaving out the clauses of terms a field lacks, and taking each term's statistics from the snapshot instead
 * of the term dictionary, must not change a single BM25 hit or score: every question of the golden set and
 * every phrasing of the knowledge base, as asked and with words no entry has added, is searched both ways over
 * the real knowledge base.
 */
class Bm25PruningTest {

    private static final Pattern QUESTION = Pattern.compile("\"question\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void prunedSearchGivesTheSameHitsAndScoresAsTheFullOne() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 11, 25));
        RetrievalSettings settings = RetrievalSettings.defaults();
        RetrievalIndex index = RetrievalIndex.build(kb, EntryVectors.empty(), settings);
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("eval/golden.jsonl"))) {
            Matcher m = QUESTION.matcher(line);
            if (m.find()) {
                questions.add(m.group(1));
            }
        }
        for (KnowledgeEntry entry : kb.entries()) {
            questions.add(entry.title());
            questions.addAll(entry.questions());
        }
        questions.add("posko pengungsian terdekat di mana 1234");
        questions.add("zzqx blorft 99 kwetiau");
        int compared = 0;
        int pruned = 0;
        for (String asked : List.copyOf(questions)) {
            for (String question : List.of(asked, asked + " 4711 qwzx", "xyzzy " + asked)) {
                List<String> terms = RetrievalIndex.queryTerms(IndonesianNormalizer.normalize(question));
                for (int n : new int[]{settings.candidates(), 5}) {
                    List<RetrievalIndex.Scored> full = index.bm25(terms, n, false);
                    List<RetrievalIndex.Scored> fast = index.bm25(terms, n, true);
                    assertThat(fast).as(question).isEqualTo(full);
                    compared++;
                }
                pruned += terms.stream().anyMatch(t -> !index.known(t)) ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(pruned).isGreaterThan(300);
    }
}
