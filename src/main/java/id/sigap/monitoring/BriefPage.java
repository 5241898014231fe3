package id.sigap.monitoring;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the {@link DailyBrief} as one self-contained HTML page (styles inline, no script, no font or
 * image from elsewhere) from the Thymeleaf template {@code templates/monitoring/ringkasan.html}, which the
 * console page also includes. Runs without Spring MVC, so the command-line verb can use it.
 */
final class BriefPage {

    private static final TemplateEngine ENGINE = engine();

    private BriefPage() {
    }

    static String render(DailyBrief brief, ZoneId zone, String consoleBase) {
        Context context = new Context(Locale.forLanguageTag("id"));
        context.setVariables(model(brief, zone, consoleBase, "Ringkasan isu " + brief.day()));
        return ENGINE.process("monitoring/ringkasan", context);
    }

    static Map<String, Object> model(DailyBrief brief, ZoneId zone, String consoleBase, String title) {
        return Map.of("brief", brief, "zona", zone.getId(), "konsol", consoleBase == null ? "" : consoleBase,
                "judul", title, "fmt", DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(zone));
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(BriefPage.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's engine evaluates with SpEL, as the console's does; it needs no application context.
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
