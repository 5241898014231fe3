package id.sigap.cli;

import id.sigap.store.EmbeddedRedis;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.util.Comparator;
import java.util.List;

/**
 * The command line (CONTRACT.md): {@code java -jar sigap.jar <verb> ...} runs one verb through picocli and
 * exits with 0 (done), 1 (failed) or 2 (bad input, with a one-line reason on stderr). An unknown or misspelt
 * verb prints the nearest verbs and the usage (status 2); {@code --help} prints the usage (status 0); neither
 * starts Spring or the service.
 *
 * <p>Adding a verb is one class: a picocli {@code @Command} in this package implementing
 * {@code Callable<Integer>}; it is found here by a scan of the package (no list to edit). A constructor
 * taking a {@link Terminal} gets the streams; a verb that needs the pipeline or the store runs inside
 * {@link VerbContext}; bad input is a {@link BadInput}. docs/operations.md shows an example.
 */
public final class CommandLineVerbs {

    static final String VERB_PACKAGE = CommandLineVerbs.class.getPackageName();

    private CommandLineVerbs() {
    }

    /**
     * True when the arguments ask for a verb or for help; false when they start the service (no arguments,
     * or only options such as {@code --server.port=9090}, which go to Spring).
     */
    public static boolean isCommandLine(String[] args) {
        return VerbArguments.isCommandLine(args);
    }

    /** Runs the verb named by {@code args[0]} on the process's streams; returns the exit status. */
    public static int run(String[] args) {
        VerbLogging.toStderr();
        return run(args, Terminal.system());
    }

    static int run(String[] args, Terminal terminal) {
        return commandLine(terminal).execute(args);
    }

    /** The root command with every verb of this package, wired to {@code terminal}. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine.IFactory factory = new TerminalFactory(terminal);
        CommandLine root = new CommandLine(new SigapCommand(), factory);
        for (Class<?> verb : verbClasses()) {
            root.addSubcommand(new CommandLine(verb, factory));
        }
        root.addSubcommand(new CommandLine(new CommandLine.HelpCommand(), factory));
        root.setOut(new java.io.PrintWriter(terminal.out(), true));
        root.setErr(new java.io.PrintWriter(terminal.err(), true));
        root.setParameterExceptionHandler((e, args) -> badArguments(e, terminal.err()));
        root.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command, terminal.err()));
        return root;
    }

    /** Every {@code @Command} class of this package but the root, by name. */
    static List<Class<?>> verbClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
        return scanner.findCandidateComponents(VERB_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .map(CommandLineVerbs::load)
                .filter(type -> type != SigapCommand.class)
                .sorted(Comparator.comparing(type -> type.getAnnotation(Command.class).name()))
                .toList();
    }

    private static int badArguments(ParameterException e, PrintStream err) {
        CommandLine failed = e.getCommandLine();
        List<String> nearest = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        if (failed.getParent() == null) {
            String word = e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty() ? u.getUnmatched().getFirst() : null;
            if (word != null) {
                java.util.LinkedHashSet<String> both = new java.util.LinkedHashSet<>(
                        NearestVerb.of(word, failed.getSubcommands().keySet()));
                both.addAll(nearest);
                nearest = List.copyOf(both);
            }
            err.println("sigap: " + (word != null ? "unknown verb '" + word + "'" : e.getMessage())
                    + (nearest.isEmpty() ? "" : "; did you mean " + String.join(" or ", nearest) + "?"));
            failed.usage(err);
        } else {
            String name = failed.getCommandSpec().qualifiedName();
            err.println(name + ": " + e.getMessage()
                    + (nearest.isEmpty() ? "" : "; did you mean " + String.join(" or ", nearest) + "?")
                    + " (see: " + name + " --help)");
        }
        return CommandLine.ExitCode.USAGE;
    }

    private static int failed(Exception e, CommandLine command, PrintStream err) throws Exception {
        if (e instanceof BadInput) {
            err.println("sigap: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedRedis.DirectoryInUse inUse) {
                err.println(command.getCommandSpec().qualifiedName() + ": " + inUse.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
        }
        throw e;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CommandLineVerbs.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("verb class " + name + " vanished", e);
        }
    }

    /** Gives a verb the {@link Terminal} when its constructor takes one; picocli's own factory otherwise. */
    private record TerminalFactory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(Terminal.class);
                constructor.setAccessible(true);
                return constructor.newInstance(terminal);
            } catch (NoSuchMethodException noTerminal) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** Bad input on the command line or stdin: reported as one line, exit status 2. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }
}
