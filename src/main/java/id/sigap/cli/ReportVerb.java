package id.sigap.cli;

import id.sigap.cli.CommandLineVerbs.BadInput;
import id.sigap.transcript.TranscriptReport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code report [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out DIR [--data DIR] [--zone ZONE]}: the
 * transcript report of a period (default: the last 7 days up to today). Reads the daily files under
 * the data directory ({@code SIGAP_DATA_DIR}), so it needs no Redis and no application context.
 * Arguments: {@link ReportCommand}.
 */
final class ReportVerb {

    static final int DEFAULT_DAYS = 7;

    private ReportVerb() {
    }

    /** The days to report: {@code to} defaults to today in {@code zone}, {@code from} to six days before {@code to}. */
    record Period(LocalDate from, LocalDate to, ZoneId zone) {

        LocalDate end() {
            return to == null ? LocalDate.now(zone) : to;
        }

        LocalDate start() {
            return from == null ? end().minusDays(DEFAULT_DAYS - 1) : from;
        }
    }

    static int run(Period period, Path target, Path data, PrintStream out) {
        LocalDate end = period.end();
        LocalDate start = period.start();
        ZoneId zoneId = period.zone();
        if (start.isAfter(end)) {
            throw new BadInput("report: --from " + start + " is after --to " + end);
        }
        if (start.plusYears(2).isBefore(end)) {
            throw new BadInput("report: the period may be at most two years long");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInput("report: --out " + target + " is a file, not a directory");
        }
        TranscriptReport.Summary summary;
        try {
            summary = TranscriptReport.write(data, start, end, zoneId, target);
        } catch (java.io.UncheckedIOException e) {
            throw new BadInput("report: " + e.getMessage());
        }
        out.println("Laporan " + summary.from() + " s.d. " + summary.to() + ": " + summary.records() + " catatan → "
                + summary.file() + (summary.skippedLines() > 0 ? " (" + summary.skippedLines() + " baris rusak dilewati)" : ""));
        return 0;
    }
}
