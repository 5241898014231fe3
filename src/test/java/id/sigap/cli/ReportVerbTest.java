package id.sigap.cli;

import id.sigap.transcript.WeekOfTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportVerbTest {

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

    @Test
    void writesTheReportOfAPeriodFromTheDataDirectory(@TempDir Path data, @TempDir Path dir) throws Exception {
        LocalDate first = LocalDate.of(2026, 3, 2);
        WeekOfTraffic.write(data, first, 7, 100, 7);
        int status = ReportVerb.run(new String[]{"--from", "2026-03-02", "--to", "2026-03-08", "--out", dir.toString()},
                Map.of("SIGAP_DATA_DIR", data.toString()), out);
        assertThat(status).isZero();
        assertThat(dir.resolve("index.html")).exists();
        assertThat(Files.readString(dir.resolve("index.html"))).contains("2026-03-02 s.d. 2026-03-08", "Sentimen per hari");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("index.html", "catatan");
    }

    @Test
    void coversTheLastSevenDaysByDefault(@TempDir Path data, @TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(WeekOfTraffic.ZONE);
        assertThat(ReportVerb.run(new String[]{"--out", dir.toString(), "--data", data.toString()}, Map.of(), out)).isZero();
        assertThat(Files.readString(dir.resolve("index.html"))).contains(today.minusDays(6) + " s.d. " + today);
    }

    @Test
    void refusesBadArgumentsWithOneLine() {
        assertBad(new String[]{}, "--out DIR is required");
        assertBad(new String[]{"--out"}, "--out needs a value");
        assertBad(new String[]{"--from", "2026-13-01", "--out", "x"}, "--from must be a date YYYY-MM-DD");
        assertBad(new String[]{"--from", "2026-03-09", "--to", "2026-03-02", "--out", "x"}, "is after --to");
        assertBad(new String[]{"--bogus", "--out", "x"}, "unknown argument --bogus");
        assertBad(new String[]{"--zone", "Mars/Olympus", "--out", "x"}, "unknown time zone");
    }

    @Test
    void exitsWithStatusTwoThroughTheVerbTable() {
        assertThat(CommandLineVerbs.run(new String[]{"report", "--from", "kemarin", "--out", "x"})).isEqualTo(2);
    }

    private void assertBad(String[] args, String reason) {
        assertThatThrownBy(() -> ReportVerb.run(args, Map.of(), out))
                .isInstanceOf(CommandLineVerbs.BadInput.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
