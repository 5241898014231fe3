package id.sigap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeldOutEvalTest {

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

    @Test
    void evalReportsHeldOutFiguresByDefaultLabelledAndKeepsEveryField() {
        int status = EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl"}, out);

        assertThat(status).isZero();
        JsonNode summary = last();
        assertThat(summary.propertyNames()).contains("questions", "hitAt1", "hitAt3", "mrr", "handoffPrecision",
                "handoffRecall", "latencyP50Ms", "latencyP95Ms", "baseline", "heldOut");
        JsonNode kFold = summary.get("heldOut").get("kFold");
        assertThat(kFold.get("method").asString()).contains("5-fold").contains("fitted on the other folds");
        assertThat(kFold.get("questions").asInt()).isEqualTo(4);
        assertThat(kFold.propertyNames()).contains("hitAt1", "hitAt3", "mrr", "handoffPrecision", "handoffRecall");
        assertThat(summary.get("heldOut").has("leaveOneKbOut")).isFalse();
    }

    @Test
    void heldOutFiguresCanBeSwitchedOffForQuickRuns() {
        EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl", "--held-out", "false"}, out);

        assertThat(last().has("heldOut")).isFalse();
    }

    @Test
    void aQuestionAnswerFileBecomesAKnowledgeBaseWithoutItsQuestionsAndLeavesAnswersOut(@TempDir Path dir)
            throws Exception {
        Path file = faq(dir);

        QaPairSet set = QaPairSet.read(file);

        assertThat(set.answers()).isEqualTo(10);
        assertThat(set.leftOut()).isEqualTo(3);
        assertThat(set.knowledgeBase().entries()).hasSize(7)
                .allSatisfy(e -> assertThat(e.body()).doesNotContain("pertanyaan"));
        assertThat(set.questions()).hasSize(11);
        assertThat(set.questions().stream().filter(GoldenQuestion::expectHandoff).count())
                .isEqualTo(set.questions().stream().filter(q -> q.expected().isEmpty()).count()).isPositive();
    }

    @Test
    void withSeveralSetsEachIsAlsoJudgedWithStagesFittedOnTheOthersOnly(@TempDir Path dir) throws Exception {
        int status = EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl", "--qa-pairs", faq(dir).toString()}, out);

        assertThat(status).isZero();
        JsonNode summary = last();
        assertThat(summary.get("set").asString()).isEqualTo("golden");
        assertThat(summary.get("heldOut").get("leaveOneKbOut").get("method").asString())
                .contains("fitted on qa-pairs only, never on golden");
        JsonNode other = summary.get("otherSets").get(0);
        assertThat(other.get("set").asString()).isEqualTo("qa-pairs");
        assertThat(other.get("inSample").get("questions").asInt()).isEqualTo(11);
        assertThat(other.get("heldOut").get("leaveOneKbOut").get("method").asString())
                .contains("never on qa-pairs");
    }

    @Test
    void severalQuestionAnswerFilesAreEachTheirOwnSetWithTheirOwnLeaveOneOutFoldAndAblationRows(@TempDir Path dir)
            throws Exception {
        Path first = Files.createDirectories(dir.resolve("a"));
        Path second = Files.createDirectories(dir.resolve("b"));
        Path kelurahan = Files.move(faq(first), first.resolve("kelurahan.jsonl"));
        Path samsat = Files.move(faq(second), second.resolve("samsat.jsonl"));

        // Repeated option and comma-separated list give the same sets.
        for (String[] qaPairs : List.of(new String[]{"--qa-pairs", kelurahan.toString(), "--qa-pairs", samsat.toString()},
                new String[]{"--qa-pairs", kelurahan + "," + samsat})) {
            stdout.reset();
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--kb",
                    "src/test/resources/kb/good", "--golden", "src/test/resources/eval/golden-tiny.jsonl", "--ablation"),
                    java.util.Arrays.stream(qaPairs)).toArray(String[]::new);

            assertThat(EvalVerb.run(args, out)).isZero();
            JsonNode others = last().get("otherSets");
            assertThat(others).hasSize(2);
            assertThat(others.get(0).get("set").asString()).isEqualTo("kelurahan");
            assertThat(others.get(0).get("file").asString()).isEqualTo(kelurahan.toString());
            assertThat(others.get(1).get("set").asString()).isEqualTo("samsat");
            assertThat(others.get(1).get("heldOut").get("leaveOneKbOut").get("method").asString())
                    .contains("never on samsat");
            String printed = stdout.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("| kelurahan | BM25 alone").contains("| samsat | BM25 alone");
        }
    }

    @Test
    void theQuestionAnswerOptionTakesOneFileOrSeveralAndNamesEachSetAfterItsFile(@TempDir Path dir) throws Exception {
        Path withComma = Files.writeString(dir.resolve("faq,2025.jsonl"), "");

        assertThat(EvalVerb.qaPairFiles(withComma.toString())).containsExactly(withComma);
        assertThat(EvalVerb.qaPairFiles("x/a.jsonl, y/b.jsonl,,")).containsExactly(Path.of("x/a.jsonl"),
                Path.of("y/b.jsonl"));
        assertThatThrownBy(() -> EvalVerb.qaPairFiles(" , ")).isInstanceOf(CommandLineVerbs.BadInput.class);
        // One file keeps the name it always had; several are named after their files, each name once.
        assertThat(EvalVerb.qaPairSetNames(List.of(Path.of("x/a.jsonl")))).containsExactly("qa-pairs");
        assertThat(EvalVerb.qaPairSetNames(List.of(Path.of("x/a.jsonl"), Path.of("y/a.jsonl"), Path.of("golden.jsonl"),
                Path.of("faq 2025.json")))).containsExactly("a", "a-2", "golden-2", "faq-2025");
    }

    @Test
    void variantsAreEachJudgedHeldOutBesideTheShippedPipelineAndTheOutcomesAreWrittenPerQuestion(@TempDir Path dir)
            throws Exception {
        Path report = dir.resolve("report");
        int status = EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden",
                "src/test/resources/eval/golden-tiny.jsonl", "--qa-pairs", faq(dir).toString(), "--variants",
                "--out", report.toString()}, out);

        assertThat(status).isZero();
        String printed = stdout.toString(StandardCharsets.UTF_8);
        for (HeldOutEvaluation.Stage variant : HeldOutEvaluation.VARIANTS) {
            assertThat(printed).contains("| golden | " + variant.name() + " | kFold |")
                    .contains("| qa-pairs | " + variant.name() + " | leaveOneKbOut |");
        }
        JsonNode gated = last().get("variants").get("golden").get(1);
        assertThat(gated.get("variant").asString()).isEqualTo("dense only when BM25 is unsure");
        double used = gated.get("kFold").get("denseUsed").asDouble();
        assertThat(used).isBetween(0.0, 1.0);
        // One line a held-out question, with what the citizen got (answer, choices or neither).
        List<String> lines = Files.readAllLines(report.resolve("held-out-golden-k-fold.jsonl"));
        assertThat(lines).hasSize(4);
        JsonNode first = GoldenQuestion.JSON.readTree(lines.getFirst());
        assertThat(first.propertyNames()).contains("question", "expected", "answered", "offered", "detail");
        assertThat(report.resolve("held-out-qa-pairs-leave-kb-out-variant1.jsonl")).exists();
    }

    @Test
    void theAnswerThresholdIsTheLowestOneWithinTheWrongAnswerBudget() {
        double[] p = {0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35, 0.32, 0.31};
        List<Boolean> right = List.of(true, true, false, true, true, false, true, true, false, true);
        List<Boolean> ambiguous = java.util.Collections.nCopies(p.length, false);

        // Budget 0.1 of 10 questions: one wrong answer allowed, so down to the second wrong one (0.5) excluded.
        assertThat(HeldOutEvaluation.chooseThreshold(p, right, ambiguous, 0.025, 0.1)).isCloseTo(0.525, within(1e-9));
        assertThat(HeldOutEvaluation.chooseThreshold(p, right, ambiguous, 0.005, 0.1)).isCloseTo(0.505, within(1e-9));
        // No wrong answer allowed: above the first wrong one (0.8).
        assertThat(HeldOutEvaluation.chooseThreshold(p, right, ambiguous, 0.025, 0)).isCloseTo(0.825, within(1e-9));
    }

    @Test
    void theWilsonRuleNeedsTheUpperBoundOfTheWrongAnswerShareWithinTheBudget() {
        // 100 questions spread over 0.95 .. 0.31, all right but two: at 0.9 and at 0.6.
        int n = 100;
        double[] p = new double[n];
        List<Boolean> right = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            p[i] = 0.95 - 0.0064 * i;
            right.add(true);
        }
        p[10] = 0.9;
        right.set(10, false);
        p[50] = 0.6;
        right.set(50, false);
        List<Boolean> ambiguous = java.util.Collections.nCopies(n, false);

        assertThat(HeldOutEvaluation.wilsonUpper(0, 100, HeldOutEvaluation.Z_95)).isCloseTo(0.0263, within(1e-4));
        assertThat(HeldOutEvaluation.wilsonUpper(1, 100, HeldOutEvaluation.Z_95)).isCloseTo(0.0436, within(1e-4));
        assertThat(HeldOutEvaluation.wilsonUpper(2, 100, HeldOutEvaluation.Z_95)).isCloseTo(0.0586, within(1e-4));
        // The point rule allows 5 wrong answers in 0.05 of 100, so the lowest threshold; the bound allows one.
        assertThat(HeldOutEvaluation.chooseThreshold(p, right, ambiguous, 0.025, 0.05)).isCloseTo(0.3, within(1e-9));
        assertThat(HeldOutEvaluation.chooseThresholdWilson(p, right, ambiguous, 0.025, 0.05)).isCloseTo(0.625, within(1e-9));
        assertThat(HeldOutEvaluation.chooseThresholdWilson(p, right, ambiguous, 0.025, 0.04)).isCloseTo(0.925, within(1e-9));
    }

    @Test
    void theCrossValidatedBudgetIsNeverLooserThanThePointRule() {
        java.util.Random random = new java.util.Random(3);
        int n = 200;
        double[] p = new double[n];
        List<Boolean> right = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            p[i] = random.nextDouble();
            right.add(random.nextDouble() < p[i]);
        }
        List<Boolean> ambiguous = java.util.Collections.nCopies(n, false);

        double point = HeldOutEvaluation.chooseThreshold(p, right, ambiguous, 0.025, 0.04);
        assertThat(HeldOutEvaluation.chooseThresholdNested(p, right, ambiguous, 0.025, 0.04)).isGreaterThanOrEqualTo(point);
        // Nothing wrong anywhere: every budget passes, and the lowest threshold is chosen.
        List<Boolean> allRight = java.util.Collections.nCopies(n, true);
        assertThat(HeldOutEvaluation.chooseThresholdNested(p, allRight, ambiguous, 0.025, 0.04)).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void anIntentLineWritesItsKnownQuestionsIntoTheEntryAndAsksTheOthers(@TempDir Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append("{\"title\": \"layanan nomor ").append(i).append("\", \"known\": [\"cara daftar layanan ").append(i)
                    .append("?\"], \"asked\": [\"daftar layanan ").append(i).append(" gimana\", \"layanan ").append(i)
                    .append(" caranya?\"], \"answer\": \"Jawaban resmi nomor ").append(i).append(".\"}\n");
        }
        // An FAQ entry nobody asks about stays in the knowledge base as a neighbour.
        lines.append("{\"known\": [\"jam buka?\"], \"asked\": [], \"answer\": \"Buka pukul delapan. Tutup pukul empat.\"}\n");
        Path file = dir.resolve("intents.jsonl");
        Files.writeString(file, lines);

        QaPairSet set = QaPairSet.read(file);

        assertThat(set.answers()).isEqualTo(11);
        assertThat(set.questions()).hasSize(20)
                .noneMatch(q -> q.question().startsWith("cara daftar") || q.question().equals("jam buka?"));
        assertThat(set.knowledgeBase().entries()).hasSize(11 - set.leftOut()).allSatisfy(e -> {
            assertThat(e.questions()).hasSize(1);
            assertThat(e.title()).matches("layanan nomor \\d|Buka pukul delapan");
        });
        assertThat(set.questions().stream().filter(GoldenQuestion::expectHandoff)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"question\": \"apa?\", \"answer\": \"ini.\"} | {\"question\": \"tanpa jawaban\"} | needs a question and an answer",
            "{\"known\": [\"apa?\"], \"answer\": \"ini.\"} | {\"asked\": [], \"answer\": \"itu.\"} | an intent needs \"asked\" or \"known\" questions"})
    void aBrokenQuestionAnswerLineIsRejectedWithItsLine(String good, String broken, String problem, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, good + "\n" + broken + "\n");

        assertThatThrownBy(() -> QaPairSet.read(file)).isInstanceOf(CommandLineVerbs.BadInput.class)
                .hasMessageContaining("bad.jsonl:2: " + problem);
    }

    private static Path faq(Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        String[] topics = {"jam buka kantor", "biaya layanan", "syarat pendaftaran", "lokasi loket", "cara pengaduan",
                "lama proses", "formulir permohonan", "layanan daring", "perpustakaan", "konsultasi"};
        for (int i = 0; i < topics.length; i++) {
            lines.append("{\"question\": \"pertanyaan tentang ").append(topics[i]).append("?\", \"answer\": \"Jawaban ")
                    .append(topics[i]).append(": keterangan resmi nomor ").append(i).append(".\"}\n");
        }
        lines.append("{\"question\": \"bagaimana ").append(topics[0]).append(" hari sabtu?\", \"answer\": \"Jawaban ")
                .append(topics[0]).append(": keterangan resmi nomor 0.\"}\n");
        Path file = dir.resolve("faq.jsonl");
        Files.writeString(file, lines);
        return file;
    }

    private JsonNode last() {
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        return GoldenQuestion.JSON.readTree(lines.getLast());
    }

    @Test
    void aSetTooSmallToHoldAnythingOutGetsItsInSampleFiguresAndSaysWhyThereAreNoOthers(@TempDir Path dir) throws Exception {
        Path golden = dir.resolve("two.jsonl");
        Files.writeString(golden, "{\"question\": \"posko di mana\", \"expected\": []}\n"
                + "{\"question\": \"jalan ditutup?\", \"expected\": []}\n");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = EvalVerb.run(new String[]{"--kb", "src/test/resources/kb/good", "--golden", golden.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode summary = GoldenQuestion.JSON.readTree(lines.getLast());
        assertThat(summary.get("questions").asInt()).isEqualTo(2);
        assertThat(summary.get("heldOut").get("kFold").get("skipped").asString()).contains("2 questions", "at least 3");
    }
}
