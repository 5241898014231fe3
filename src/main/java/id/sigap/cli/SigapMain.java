package id.sigap.cli;

import id.sigap.SigapApplication;
import org.springframework.boot.SpringApplication;

/**
 * The jar's entry point. With no argument (or only {@code --name=value} settings) Sigap runs as a service
 * (Telegram channel when a token is set, web console, background jobs); with a verb it runs that command and
 * exits (CONTRACT.md). It lives with the verbs so that the application class depends on no feature.
 */
public final class SigapMain {

    private SigapMain() {
    }

    public static void main(String[] args) {
        // VerbArguments, not CommandLineVerbs: verifying the latter loads picocli and Spring classes from the
        // nested jars, which the launcher JVM (no start-up cache) would pay for before it starts the service
        if (VerbArguments.isCommandLine(args)) {
            System.exit(CommandLineVerbs.run(args));
        }
        StartupLauncher.relaunchIfUseful(args);
        SpringApplication.run(SigapApplication.class, args);
    }
}
