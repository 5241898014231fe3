package id.sigap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root of the command line: only its usage; the verbs are its subcommands ({@link CommandLineVerbs}). */
@Command(name = "sigap", mixinStandardHelpOptions = true, versionProvider = SigapCommand.Version.class,
        synopsisHeading = "Usage: ",
        customSynopsis = {"java -jar sigap.jar                    start the service (Telegram, web console, jobs)",
                "       java -jar sigap.jar <verb> [options]   run one verb and exit"},
        description = {"", "Sigap answers citizens from the approved knowledge base and hands chats to humas staff."},
        commandListHeading = "%nVerbs (java -jar sigap.jar <verb> --help for each):%n",
        footer = {"", "Exit status: 0 done, 1 failed, 2 bad input (one line on stderr says why).",
                "Configuration: environment variables such as SIGAP_DATA_DIR, SIGAP_KB_DIR, REDIS_URL "
                        + "(docs/operations.md)."})
final class SigapCommand implements Runnable {

    @Override
    public void run() {
        // Reached only with root options such as --help, which picocli answers itself.
    }

    /** The version written into the jar's manifest by the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SigapCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Sigap " + (version != null ? version : "(development build)")};
        }
    }
}
