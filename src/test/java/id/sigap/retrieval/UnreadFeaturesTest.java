package id.sigap.retrieval;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.BeforeAll;
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
 * The live path computes only the features the second stage and the confidence model read; that must not change
 * a single hit, score, confidence or reason. Every question of the golden set (and, with the dense side off, every
 * title and phrasing of the knowledge base, as asked and with words no entry has added) goes through the live path
 * and through the full computation over the real knowledge base, with the built-in models of both settings.
 */
class UnreadFeaturesTest {

    private static final Pattern QUESTION = Pattern.compile("\"question\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    static KnowledgeBase kb;
    static List<String> golden;

    @BeforeAll
    static void load() throws Exception {
        kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 11, 25));
        golden = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("eval/golden.jsonl"))) {
            Matcher m = QUESTION.matcher(line);
            if (m.find()) {
                golden.add(m.group(1));
            }
        }
    }

    @Test
    void theBuiltInModelsLeaveFeaturesUnread() {
        assertThat(ConfidenceModel.LEXICAL.reads(List.of(ConfidenceFeatures.NAMES).indexOf("coverage"))).isTrue();
        for (String unread : List.of("cosine", "missingTerm", "passageCoverage", "rankerGap", "coverageLead",
                "rareCoverage")) {
            assertThat(ConfidenceModel.LEXICAL.reads(List.of(ConfidenceFeatures.NAMES).indexOf(unread))).as(unread)
                    .isFalse();
        }
        assertThat(CandidateRanker.LEXICAL.reads(List.of(CandidateFeatures.NAMES).indexOf("cosineGap"))).isFalse();
        assertThat(CandidateRanker.LEXICAL.reads(List.of(CandidateFeatures.NAMES).indexOf("phrasingMatch"))).isTrue();
    }

    @Test
    void withTheDenseSideOffTheLivePathDecidesEveryQuestionAsTheFullComputation() {
        HybridKnowledgeRetriever retriever = HybridKnowledgeRetriever.over(kb, new AllMiniLmL6V2EmbeddingModel(),
                RetrievalSettings.defaults());
        List<String> asked = new ArrayList<>(golden);
        for (KnowledgeEntry entry : kb.entries()) {
            asked.add(entry.title());
            asked.addAll(entry.questions());
        }
        asked.add("zzqx blorft 99 kwetiau");
        List<String> questions = new ArrayList<>();
        for (String question : asked) {
            questions.addAll(List.of(question, question + " 4711 qwzx", "xyzzy " + question));
        }

        int skipped = sameDecisions(retriever, questions);

        assertThat(questions).hasSizeGreaterThan(1000);
        assertThat(skipped).as("questions where a feature read by neither model was left out").isGreaterThan(500);
    }

    @Test
    void withTheDenseSideOnTheLivePathDecidesEveryGoldenQuestionAsTheFullComputation() {
        HybridKnowledgeRetriever retriever = HybridKnowledgeRetriever.over(kb, new AllMiniLmL6V2EmbeddingModel(),
                RetrievalSettings.defaults().withDenseWeight(0.15));
        assertThat(retriever.confidence()).isEqualTo(ConfidenceModel.DEFAULT);

        int skipped = sameDecisions(retriever, golden);

        assertThat(skipped).isGreaterThan(golden.size() / 2);
    }

    /** Compares the live path with the full computation; returns on how many questions the live path did less. */
    private static int sameDecisions(HybridKnowledgeRetriever retriever, List<String> questions) {
        int skipped = 0;
        for (String question : questions) {
            HybridKnowledgeRetriever.Trace full = retriever.trace(question);
            RetrievalResult live = retriever.retrieve(question);
            assertThat(live).as(question).usingRecursiveComparison().ignoringFields("latencyMicros")
                    .isEqualTo(full.result());
            assertThat(retriever.trace(question, false).result()).as(question).usingRecursiveComparison()
                    .ignoringFields("latencyMicros").isEqualTo(full.result());
            ConfidenceFeatures lean = retriever.trace(question, false).features();
            skipped += lean.rareCoverage() == 0 && full.features().rareCoverage() != 0 ? 1 : 0;
        }
        return skipped;
    }
}
