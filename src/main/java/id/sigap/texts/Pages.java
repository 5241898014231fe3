package id.sigap.texts;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf template under {@code templates/} outside a web request, for pages written to a file
 * (the transcript report, the evaluation report). Expressions are SpEL, as in the console; no application
 * context is needed. Every value is escaped by {@code th:text}/{@code th:attr}.
 */
public final class Pages {

    private static final TemplateEngine ENGINE = engine();

    private Pages() {
    }

    /** The page of {@code templates/<template>.html} with these variables. */
    public static String render(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.forLanguageTag("id"));
        variables.forEach(context::setVariable);
        return ENGINE.process(template, context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
