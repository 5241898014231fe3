package id.sigap.cli;

import id.sigap.SigapApplication;
import id.sigap.monitoring.MonitoringVerbs;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line verbs of the contract. Each runs in a non-web application context with the
 * Telegram channel off, does its work and returns the process exit status
 * (0 success, 2 bad input with a one-line reason on stderr). {@code classify} needs no context at all.
 */
public final class CommandLineVerbs {

    private static final Set<String> VERBS = Set.of("chat", "kb", "classify", "eval", "report", "monitor", "brief");

    private CommandLineVerbs() {
    }

    public static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    public static int run(String[] args) {
        String verb = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            return switch (verb) {
                case "chat" -> withContext(context -> context.getBean(ChatVerb.class).run(System.in, out));
                // Reads the day files only: no application context, so no Redis is started.
                case "report" -> ReportVerb.run(rest, System.getenv(), out);
                case "kb" -> KbCheckVerb.run(rest, out, System.err);
                case "eval" -> EvalVerb.run(rest, out);
                case "classify" -> ClassifyVerb.run(rest, System.in, out); // no Spring context: starts fast
                case "monitor", "brief" -> MonitoringVerbs.usageError(verb, List.of(rest)).map(CommandLineVerbs::fail)
                        .orElseGet(() -> withContext(context -> verb.equals("monitor")
                                ? context.getBean(MonitoringVerbs.class).monitor(List.of(rest), out, System.err)
                                : context.getBean(MonitoringVerbs.class).brief(List.of(rest), out, System.err)));
                default -> fail(verb + " is not available in this build yet");
            };
        } catch (BadInput e) {
            return fail(e.getMessage());
        }
    }

    static int fail(String reason) {
        System.err.println("sigap: " + reason);
        return 2;
    }

    private static int withContext(ContextWork work) {
        SpringApplication app = new SpringApplication(SigapApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.id.sigap", "WARN"));
        app.setAdditionalProfiles("cli");
        try (ConfigurableApplicationContext context = app.run("--sigap.telegram.token=")) {
            return work.run(context);
        }
    }

    @FunctionalInterface
    interface ContextWork {
        int run(ConfigurableApplicationContext context);
    }

    /** Bad input on the command line or stdin: reported as one line, exit status 2. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
