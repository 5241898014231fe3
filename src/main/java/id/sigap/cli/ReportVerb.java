package id.sigap.cli;

import id.sigap.cli.CommandLineVerbs.BadInput;
import id.sigap.transcript.TranscriptReport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code report [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out DIR [--data DIR] [--zone ZONE]}: the
 * transcript report of a period (default: the last 7 days up to today). Reads the daily files under
 * the data directory ({@code SIGAP_DATA_DIR}), so it needs no Redis and no application context.
 */
final class ReportVerb {

    static final int DEFAULT_DAYS = 7;

    private ReportVerb() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        String from = null;
        String to = null;
        String outDir = null;
        String data = env.getOrDefault("SIGAP_DATA_DIR", "./data");
        String zone = env.getOrDefault("SIGAP_TIMEZONE", "Asia/Jakarta");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--from" -> from = value(args, ++i, option);
                case "--to" -> to = value(args, ++i, option);
                case "--out" -> outDir = value(args, ++i, option);
                case "--data" -> data = value(args, ++i, option);
                case "--zone" -> zone = value(args, ++i, option);
                default -> throw new BadInput("report: unknown argument " + option
                        + " (usage: report [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out DIR)");
            }
        }
        if (outDir == null) {
            throw new BadInput("report: --out DIR is required");
        }
        ZoneId zoneId = zone(zone);
        LocalDate end = to == null ? LocalDate.now(zoneId) : date(to, "--to");
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : date(from, "--from");
        if (start.isAfter(end)) {
            throw new BadInput("report: --from " + start + " is after --to " + end);
        }
        if (start.plusYears(2).isBefore(end)) {
            throw new BadInput("report: the period may be at most two years long");
        }
        Path target = Path.of(outDir);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInput("report: --out " + outDir + " is a file, not a directory");
        }
        TranscriptReport.Summary summary;
        try {
            summary = TranscriptReport.write(Path.of(data), start, end, zoneId, target);
        } catch (java.io.UncheckedIOException e) {
            throw new BadInput("report: " + e.getMessage());
        }
        out.println("Laporan " + summary.from() + " s.d. " + summary.to() + ": " + summary.records() + " catatan → "
                + summary.file() + (summary.skippedLines() > 0 ? " (" + summary.skippedLines() + " baris rusak dilewati)" : ""));
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new BadInput("report: " + option + " needs a value");
        }
        return args[i];
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInput("report: " + option + " must be a date YYYY-MM-DD, not " + text);
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new BadInput("report: unknown time zone " + text);
        }
    }
}
