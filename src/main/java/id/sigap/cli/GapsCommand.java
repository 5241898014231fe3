package id.sigap.cli;

import id.sigap.transcript.KnowledgeGaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gaps [--days N] [--json]}: the current knowledge gaps, newest activity first, read from the
 * transcript files of the data directory ({@code SIGAP_DATA_DIR}), like {@code report}: no Redis and no
 * application context needed. docs/gaps.md says what counts as a gap.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = {"Print the current knowledge gaps: clusters of questions Sigap could not answer, newest "
                + "activity first (with --json one object a line)."})
final class GapsCommand implements Callable<Integer> {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 366;
    private static final JsonMapper JSON = id.sigap.store.Json.MAPPER;
    private static final int EXAMPLE_WIDTH = 60;

    @Option(names = "--days", paramLabel = "N", description = "how many days back, today included (default: 7)")
    int days = DEFAULT_DAYS;

    @Option(names = "--json", description = "one JSON object a line")
    boolean json;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: SIGAP_DATA_DIR or ./data)")
    Path data;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ReportCommand.ZoneArgument.class,
            description = "time zone of the daily files (default: SIGAP_TIMEZONE or Asia/Jakarta)")
    ZoneId zone;

    private final Terminal terminal;

    GapsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (days < 1 || days > MAX_DAYS) {
            throw new CommandLineVerbs.BadInput("gaps: --days must be between 1 and " + MAX_DAYS + ", not " + days);
        }
        Path dataDir = data != null ? data : Path.of(terminal.env("SIGAP_DATA_DIR", "./data"));
        ZoneId zoneId;
        try {
            zoneId = zone != null ? zone : ReportCommand.ZoneArgument.parse(terminal.env("SIGAP_TIMEZONE", "Asia/Jakarta"));
        } catch (TypeConversionException e) {
            throw new CommandLineVerbs.BadInput("gaps: SIGAP_TIMEZONE: " + e.getMessage());
        }
        List<KnowledgeGaps.Gap> gaps;
        try {
            gaps = KnowledgeGaps.read(dataDir, zoneId, days, Instant.now());
        } catch (java.io.UncheckedIOException e) {
            throw new CommandLineVerbs.BadInput("gaps: " + e.getMessage());
        }
        if (json) {
            gaps.forEach(gap -> terminal.out().println(JSON.writeValueAsString(line(gap))));
        } else {
            table(gaps, zoneId, terminal.out());
        }
        return 0;
    }

    /** The contract's JSON line, fields in its order. */
    private static Map<String, Object> line(KnowledgeGaps.Gap gap) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", gap.id());
        line.put("citizens", gap.citizens());
        line.put("questions", gap.questions());
        line.put("firstSeen", gap.firstSeen().toString());
        line.put("lastSeen", gap.lastSeen().toString());
        line.put("examples", gap.examples());
        line.put("nearestEntries", gap.nearestEntries());
        return line;
    }

    private static void table(List<KnowledgeGaps.Gap> gaps, ZoneId zone, PrintStream out) {
        if (gaps.isEmpty()) {
            out.println("No knowledge gaps in this period.");
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        String format = "%-14s %8s %9s  %-16s  %-16s  %-" + EXAMPLE_WIDTH + "s  %s%n";
        out.printf(format, "id", "citizens", "questions", "first seen", "last seen", "example", "nearest entries");
        for (KnowledgeGaps.Gap gap : gaps) {
            out.printf(format, gap.id(), gap.citizens(), gap.questions(), time.format(gap.firstSeen()),
                    time.format(gap.lastSeen()), shorten(gap.examples().isEmpty() ? "" : gap.examples().getFirst()),
                    String.join(", ", gap.nearestEntries()));
        }
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= EXAMPLE_WIDTH ? one : one.substring(0, EXAMPLE_WIDTH - 1) + "…";
    }
}
