package id.sigap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KbCheckAndEvalVerbTest {

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void kbCheckPrintsEachProblemWithFileAndLineAndExitsTwo() {
        int status = KbCheckVerb.run(Path.of("src/test/resources/kb/broken"), out, err);

        assertThat(status).isEqualTo(2);
        assertThat(lines()).contains("src/test/resources/kb/broken/a-missing-id.md:1: missing id")
                .anySatisfy(l -> assertThat(l).startsWith("src/test/resources/kb/broken/b-bad-fields.md:4: bad status"));
    }

    @Test
    void kbCheckPassesAValidKnowledgeBaseWithAOneLineSummary() {
        int status = KbCheckVerb.run(Path.of("src/test/resources/kb/good"), out, err);

        assertThat(status).isZero();
        assertThat(lines()).singleElement().asString().contains("7 valid entries").contains("5 served today");
    }

    @Test
    void aMalformedGoldenLineIsNamedByFileLineAndColumnWithoutTheParsersInternals(@TempDir Path dir) throws Exception {
        Path golden = dir.resolve("golden.jsonl");
        Files.writeString(golden, "{\"question\": \"ok\", \"expected\": []}\n\n{\"question\": broken}\n");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> GoldenQuestion.read(golden)))
                .isInstanceOf(CommandLineVerbs.BadInput.class)
                .hasMessageStartingWith(golden + ":3: not a golden-set line: Unrecognized token 'broken'")
                .hasMessageEndingWith("(column 14)")
                .hasMessageNotContaining("Source:");
    }

    @Test
    void evalPrintsTheSummaryKeysOnTheLastLineAndWritesTheReport(@TempDir Path report) throws Exception {
        int status = EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl", "--out", report.toString()}, out);

        assertThat(status).isZero();
        var summary = GoldenQuestion.JSON.readTree(lines().getLast());
        assertThat(summary.propertyNames()).contains("questions", "hitAt1", "hitAt3", "mrr", "handoffPrecision",
                "handoffRecall", "latencyP50Ms", "latencyP95Ms", "baseline", "answeredDirectly", "wrongAnswerRate",
                "choicesOffered", "resolvedWithinOneTap");
        assertThat(summary.get("questions").asInt()).isEqualTo(4);
        assertThat(summary.get("hitAt3").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("baseline").has("hitAt1")).isTrue();
        assertThat(Files.readString(report.resolve("report.html"))).contains("<table>");
        assertThat(Files.readAllLines(report.resolve("results.jsonl"))).hasSize(8);
    }

    @Test
    void evalWritesTheSecondStageCandidatesAndFitsTheRankerOnThemAndAnotherSetsFile(@TempDir Path dir) {
        Path candidates = dir.resolve("candidates.csv");
        EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl", "--candidates", candidates.toString()}, out);
        stdout.reset();

        int status = EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl", "--fit-ranker", "--ranker-also", candidates.toString()}, out);

        assertThat(status).isZero();
        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("ranker fitted on this run (4) and ")
                .contains("(4): new CandidateRanker(new double[]{"));
        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("ranker 5-fold cross-validated (seed 7): hit@1 "));
    }

    private List<String> lines() {
        return stdout.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
