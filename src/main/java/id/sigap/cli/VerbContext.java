package id.sigap.cli;

import id.sigap.SigapApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sigap's application context for a verb that needs the pipeline or the store: no web server, no Telegram
 * channel, logs at WARN. When a running Sigap holds the data directory's embedded Redis, the verb connects
 * to it as a client ({@code sigap.join-running-redis}) instead of starting a second server there.
 */
final class VerbContext {

    private VerbContext() {
    }

    /** What a verb does inside the context; returns the exit status. */
    @FunctionalInterface
    public interface Work {
        int run(ConfigurableApplicationContext context);
    }

    /**
     * Starts the context with {@code properties} (they win over application.properties and the environment),
     * runs {@code work} and closes the context.
     */
    public static int run(Map<String, String> properties, Work work) {
        SpringApplication app = new SpringApplication(SigapApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.id.sigap", "WARN"));
        app.setAdditionalProfiles("cli");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("sigap.telegram.token", "");
        all.put("sigap.join-running-redis", "true");
        all.putAll(properties);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext context = app.run(args)) {
            return work.run(context);
        }
    }
}
