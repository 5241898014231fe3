package id.sigap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code classify} (and the hidden {@code classify --eval FILE... [--errors]}): arguments of {@link ClassifyVerb}. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Read one message a line on stdin; write one JSON object a line on stdout: text, sentiment "
                + "(positif, netral, berpotensi_negatif, negatif), confidence, emergency, wantsHuman."})
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--eval", arity = "1..*", paramLabel = "FILE", hidden = true,
            description = "measure macro-F1 and confusion matrices on labelled files instead (docs/sentiment.md)")
    List<Path> evaluate;

    @Option(names = "--errors", hidden = true, description = "with --eval: list the misclassified lines")
    boolean errors;

    private final Terminal terminal;

    ClassifyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (evaluate != null) {
            return ClassifyVerb.evaluate(evaluate, errors, terminal.out());
        }
        if (errors) {
            throw new CommandLineVerbs.BadInput("classify: --errors goes with --eval FILE...");
        }
        return ClassifyVerb.run(terminal.in(), terminal.out());
    }
}
