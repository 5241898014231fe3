package id.sigap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code report [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out DIR}: arguments of {@link ReportVerb}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/index.html, a self-contained report with charts of the recorded transcripts "
                + "of a period (default: the last " + ReportVerb.DEFAULT_DAYS + " days)."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateArgument.class, description = "first day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateArgument.class, description = "last day (default: today)")
    LocalDate to;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where index.html is written")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: SIGAP_DATA_DIR or ./data)")
    Path data;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneArgument.class,
            description = "time zone of the daily files (default: SIGAP_TIMEZONE or Asia/Jakarta)")
    ZoneId zone;

    private final Terminal terminal;

    ReportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Path dataDir = data != null ? data : Path.of(terminal.env("SIGAP_DATA_DIR", "./data"));
        ZoneId zoneId;
        try {
            zoneId = zone != null ? zone : ZoneArgument.parse(terminal.env("SIGAP_TIMEZONE", "Asia/Jakarta"));
        } catch (TypeConversionException e) {
            throw new CommandLineVerbs.BadInput("report: SIGAP_TIMEZONE: " + e.getMessage());
        }
        return ReportVerb.run(new ReportVerb.Period(from, to, zoneId), out, dataDir, terminal.out());
    }

    /** A calendar date, with a reason that names the expected form. */
    static final class DateArgument implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a date YYYY-MM-DD, not " + value);
            }
        }
    }

    /** A time-zone name such as Asia/Jakarta. */
    static final class ZoneArgument implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            return parse(value);
        }

        static ZoneId parse(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("unknown time zone " + value);
            }
        }
    }
}
