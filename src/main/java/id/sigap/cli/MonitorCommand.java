package id.sigap.cli;

import id.sigap.monitoring.MonitoringVerbs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code monitor --once [--json]}: collects once from the monitoring sources and prints the topics. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Collect once from the configured monitoring sources (SIGAP_MONITOR_FEEDS), classify and group "
                + "what was found, and print the topics (with --json one object a line)."})
final class MonitorCommand implements Callable<Integer> {

    @Option(names = "--once", required = true, description = "collect once and exit (the service monitors continuously)")
    boolean once;

    @Option(names = "--json", description = "one JSON object a line")
    boolean json;

    private final Terminal terminal;

    MonitorCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("--once"));
        if (json) {
            args.add("--json");
        }
        return VerbContext.run(Map.of(), context ->
                context.getBean(MonitoringVerbs.class).monitor(args, terminal.out(), terminal.err()));
    }
}
