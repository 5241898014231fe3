package id.sigap.cli;

import id.sigap.transcript.GapTranscripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GapsVerbTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Four citizens ask one question the knowledge base lacks, in other words; one more gap has one asker. */
    static void writeTraffic(Path data) {
        Instant t = Instant.now().minus(Duration.ofHours(3));
        List<String> near = List.of("beasiswa-pusat", "kip-kuliah");
        new GapTranscripts(data)
                .question(t.plusSeconds(10), "c7", "listrik pln kapan menyala lagi, kesal sekali", "HANDOFF",
                        List.of("negative-sentiment"), null, List.of("pemadaman-listrik"))
                .staffReply(t.plusSeconds(60), "c7", "h1", "PLN menargetkan listrik menyala malam ini")
                .question(t.plusSeconds(100), "c8", "saya mau bicara dengan petugas", "HANDOFF",
                        List.of("asked-for-human"), null, List.of())
                .staffReply(t.plusSeconds(120), "c8", "h2", "Baik, saya bantu")
                .question(t.plusSeconds(200), "c5", "di mana posko pengungsian terdekat?", "ANSWER",
                        List.of("confident-match"), "banjir-posko-pengungsian", List.of("banjir-posko-pengungsian"))
                .feedback(t.plusSeconds(210), "c5", "banjir-posko-pengungsian", true)
                .question(t.plusSeconds(300), "c6", "jadwal tangki air bersih rw 05", "CHOICES",
                        List.of("ambiguous"), null, List.of("air-bersih-distribusi", "air-minum"))
                .choice(t.plusSeconds(310), "c6", "air-bersih-distribusi")
                .question(t.plusSeconds(400), "c1", "Kapan pendaftaran beasiswa daerah dibuka?", "HANDOFF",
                        List.of("unanswerable"), null, near)
                .question(t.plusSeconds(500), "c2", "pendaftaran beasiswa daerah dibuka kapan ya min? NIK saya 3201234567890123",
                        "HANDOFF", List.of("low-confidence"), null, near)
                .question(t.plusSeconds(600), "c3", "beasiswa daerah kapan dibuka pendaftarannya", "CHOICES",
                        List.of("ambiguous"), null, near)
                .question(t.plusSeconds(700), "c4", "info pendaftaran beasiswa daerah", "ANSWER",
                        List.of("confident-match"), "beasiswa-pusat", near)
                .feedback(t.plusSeconds(710), "c4", "beasiswa-pusat", false)
                .question(t.plusSeconds(800), "c1", "beasiswa daerah kapan dibuka pendaftaran?", "FALLBACK",
                        List.of("unanswerable"), null, List.of("kip-kuliah"));
    }

    @Test
    void listsOneClusterPerGapWithItsDistinctCitizensAndRedactedExamplesNewestFirst(@TempDir Path data) {
        writeTraffic(data);
        TerminalBuffers terminal = new TerminalBuffers("", Map.of("SIGAP_DATA_DIR", data.toString()));

        assertThat(terminal.run("gaps", "--json")).isZero();

        List<JsonNode> gaps = terminal.outLines().stream().map(JSON::readTree).toList();
        assertThat(gaps).hasSize(2);
        JsonNode scholarship = gaps.getFirst();
        assertThat(scholarship.get("citizens").asInt()).isEqualTo(4);
        assertThat(scholarship.get("questions").asInt()).isEqualTo(5);
        assertThat(scholarship.get("id").asString()).startsWith("gap-");
        assertThat(Instant.parse(scholarship.get("firstSeen").asString()))
                .isBefore(Instant.parse(scholarship.get("lastSeen").asString()));
        List<String> examples = scholarship.get("examples").valueStream().map(JsonNode::asString).toList();
        assertThat(examples).hasSize(3).anySatisfy(e -> assertThat(e).contains("[NIK]"))
                .noneSatisfy(e -> assertThat(e).contains("3201234567890123"));
        assertThat(scholarship.get("nearestEntries").valueStream().map(JsonNode::asString).toList())
                .containsExactly("kip-kuliah", "beasiswa-pusat");
        JsonNode power = gaps.get(1);
        assertThat(power.get("citizens").asInt()).isEqualTo(1);
        assertThat(power.get("examples").get(0).asString()).contains("listrik");
        assertThat(terminal.out()).doesNotContain("posko", "tangki", "petugas");
    }

    @Test
    void printsAReadableTableWithoutJson(@TempDir Path data) {
        writeTraffic(data);
        TerminalBuffers terminal = new TerminalBuffers();

        assertThat(terminal.run("gaps", "--days", "2", "--data", data.toString())).isZero();

        assertThat(terminal.outLines()).hasSize(3);
        assertThat(terminal.outLines().getFirst()).contains("citizens", "questions", "last seen", "example");
        assertThat(terminal.outLines().get(1)).contains("beasiswa", "kip-kuliah");
    }

    @Test
    void anEmptyDataDirectoryHasNoGaps(@TempDir Path data) {
        TerminalBuffers terminal = new TerminalBuffers();
        assertThat(terminal.run("gaps", "--json", "--data", data.toString())).isZero();
        assertThat(terminal.out()).isEmpty();
    }

    @Test
    void refusesBadArgumentsWithOneLineAndStatusTwo() {
        assertBad("--days must be between 1 and 366, not 0", "--days", "0");
        assertBad("--days must be between 1 and 366, not -3", "--days", "-3");
        assertBad("--days must be between 1 and 366, not 400", "--days", "400");
        assertBad("'x' is not an int", "--days", "x");
        assertBad("Missing required parameter for option '--days'", "--days");
        assertBad("Unknown option: '--bogus'", "--bogus");
        assertBad("unknown time zone", "--zone", "Mars/Olympus");
    }

    private void assertBad(String reason, String... args) {
        TerminalBuffers terminal = new TerminalBuffers();
        String[] command = new String[args.length + 1];
        command[0] = "gaps";
        System.arraycopy(args, 0, command, 1, args.length);

        assertThat(terminal.run(command)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(terminal.errLines()).as(String.join(" ", args)).singleElement().asString().contains(reason);
        assertThat(terminal.out()).isEmpty();
    }
}
