package id.sigap.cli;

import id.sigap.transcript.WeekOfTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportVerbTest {

    @Test
    void writesTheReportOfAPeriodFromTheDataDirectory(@TempDir Path data, @TempDir Path dir) throws Exception {
        LocalDate first = LocalDate.of(2026, 3, 2);
        WeekOfTraffic.write(data, first, 7, 100, 7);
        TerminalBuffers terminal = new TerminalBuffers("", Map.of("SIGAP_DATA_DIR", data.toString()));
        int status = terminal.run("report", "--from", "2026-03-02", "--to", "2026-03-08", "--out", dir.toString());
        assertThat(status).isZero();
        assertThat(dir.resolve("index.html")).exists();
        assertThat(Files.readString(dir.resolve("index.html"))).contains("2026-03-02 s.d. 2026-03-08", "Sentimen per hari");
        assertThat(terminal.out()).contains("index.html", "catatan");
    }

    @Test
    void coversTheLastSevenDaysByDefault(@TempDir Path data, @TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(WeekOfTraffic.ZONE);
        assertThat(new TerminalBuffers().run("report", "--out", dir.toString(), "--data", data.toString())).isZero();
        assertThat(Files.readString(dir.resolve("index.html"))).contains(today.minusDays(6) + " s.d. " + today);
    }

    @Test
    void refusesBadArgumentsWithOneLineAndStatusTwo() {
        assertBad(new String[]{}, "Missing required option: '--out=DIR'");
        assertBad(new String[]{"--out"}, "Missing required parameter for option '--out'");
        assertBad(new String[]{"--from", "2026-13-01", "--out", "x"}, "'--from': must be a date YYYY-MM-DD");
        assertBad(new String[]{"--from", "kemarin", "--out", "x"}, "must be a date YYYY-MM-DD, not kemarin");
        assertBad(new String[]{"--from", "2026-03-09", "--to", "2026-03-02", "--out", "x"}, "is after --to");
        assertBad(new String[]{"--bogus", "--out", "x"}, "Unknown option: '--bogus'");
        assertBad(new String[]{"--zone", "Mars/Olympus", "--out", "x"}, "unknown time zone");
    }

    @Test
    void aMisspeltOptionIsAnsweredWithTheNearestOne() {
        TerminalBuffers terminal = new TerminalBuffers();
        assertThat(terminal.run("report", "--frm", "2026-03-02", "--out", "x")).isEqualTo(2);
        assertThat(terminal.errLines()).singleElement().asString().contains("did you mean --from");
    }

    private void assertBad(String[] args, String reason) {
        TerminalBuffers terminal = new TerminalBuffers();
        String[] command = new String[args.length + 1];
        command[0] = "report";
        System.arraycopy(args, 0, command, 1, args.length);

        assertThat(terminal.run(command)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(terminal.errLines()).as(String.join(" ", args)).singleElement().asString().contains(reason);
        assertThat(terminal.out()).isEmpty();
    }
}
