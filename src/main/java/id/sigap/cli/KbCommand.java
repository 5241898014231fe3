package id.sigap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code kb check [DIR]}: knowledge-base tools; {@link KbCheckVerb} does the checking. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge-base tools.")
final class KbCommand {

    private final Terminal terminal;

    KbCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate a knowledge base: each problem as FILE:LINE: message, then a summary.",
                    "Exit status 2 when any entry is invalid."})
    int check(@Parameters(arity = "0..1", paramLabel = "DIR",
            description = "knowledge-base directory (default: SIGAP_KB_DIR or ./knowledge-base)") Path dir) {
        Path kb = dir != null ? dir : Path.of(terminal.env("SIGAP_KB_DIR", "knowledge-base"));
        return KbCheckVerb.run(kb, terminal.out(), terminal.err());
    }
}
