package id.sigap.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/**
 * Diagnostics for start-up work (bench/README.md, "Start-up"): with {@code -Dsigap.startup-report=N} the service
 * records Spring's start-up steps and prints the N longest (bean creation, configuration parsing) to stderr once
 * the context has started. Off by default: recording costs a little.
 */
final class StartupReport {

    private static final String PROPERTY = "sigap.startup-report";

    private StartupReport() {
    }

    static SpringApplication application(Class<?> source) {
        SpringApplication app = new SpringApplication(source);
        if (limit() > 0) {
            app.setApplicationStartup(new BufferingApplicationStartup(50_000));
        }
        return app;
    }

    static void print(SpringApplication app) {
        print(app, System.err);
    }

    static void print(SpringApplication app, PrintStream out) {
        int limit = limit();
        if (limit <= 0 || !(app.getApplicationStartup() instanceof BufferingApplicationStartup buffering)) {
            return;
        }
        StartupTimeline timeline = buffering.getBufferedTimeline();
        timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(limit)
                .forEach(event -> out.printf("startup-step %6d ms  %s %s%n",
                        event.getDuration().toMillis(), event.getStartupStep().getName(), tags(event.getStartupStep())));
    }

    private static String tags(StartupStep step) {
        return String.join(" ", StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue()).toList());
    }

    private static int limit() {
        try {
            return Integer.parseInt(System.getProperty(PROPERTY, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
