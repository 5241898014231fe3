package id.sigap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code eval --kb DIR --golden FILE [--out DIR]} (and {@code --idk-mrc FILE}): the documented options are
 * listed here for the usage; every argument, these and the tuning options, goes on unchanged to
 * {@link EvalVerb}, which reads them itself.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run every golden question through the same pipeline as Telegram and print a JSON summary "
                + "on the last line of stdout (hitAt1, hitAt3, mrr, handoffPrecision, handoffRecall, latency ...)."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge base to answer from")
    String kb;

    @Option(names = "--golden", paramLabel = "FILE", description = "golden questions, JSONL (CONTRACT.md)")
    String golden;

    @Option(names = "--out", paramLabel = "DIR", description = "also write a report there")
    String out;

    @Option(names = "--idk-mrc", paramLabel = "FILE", description = "measure on the IDK-MRC set instead of --kb/--golden")
    String idkMrc;

    /** The other options of EvalVerb (tuning, fitting, traces), passed through as given. */
    @Unmatched
    List<String> more = new ArrayList<>();

    private final Terminal terminal;

    EvalCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        add(args, "--kb", kb);
        add(args, "--golden", golden);
        add(args, "--out", out);
        add(args, "--idk-mrc", idkMrc);
        args.addAll(more);
        return EvalVerb.run(args.toArray(String[]::new), terminal.out());
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }
}
