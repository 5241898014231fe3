package id.sigap.cli;

import java.util.Set;

/**
 * Tells a verb from a service start by the arguments alone. Kept apart from {@link CommandLineVerbs} so that
 * {@link SigapMain} can decide without loading (and verifying) the verb classes and what they refer to: in
 * the launcher JVM that precedes the service (StartupLauncher) every class comes from the nested jars
 * without the start-up cache.
 */
final class VerbArguments {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version", "help");

    private VerbArguments() {
    }

    /**
     * True when the arguments ask for a verb or for help; false when they start the service (no arguments,
     * or only options such as {@code --server.port=9090}, which go to Spring).
     */
    static boolean isCommandLine(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || HELP.contains(args[0]));
    }
}
