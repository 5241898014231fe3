package id.sigap.cli;

import id.sigap.monitoring.MonitoringVerbs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code brief [--date YYYY-MM-DD] --out DIR}: the daily brief for the head of office. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write the daily brief for the head of office to DIR/index.html (self-contained)."})
final class BriefCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ReportCommand.DateArgument.class,
            description = "the day (default: today in the office's time zone)")
    LocalDate date;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where index.html is written")
    Path out;

    private final Terminal terminal;

    BriefCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        if (date != null) {
            args.addAll(List.of("--date", date.toString()));
        }
        return VerbContext.run(Map.of(), context ->
                context.getBean(MonitoringVerbs.class).brief(args, terminal.out(), terminal.err()));
    }
}
