package id.sigap.monitoring;

import id.sigap.texts.Pages;
import id.sigap.texts.Texts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Renders the {@link DailyBrief} as one self-contained HTML page (styles inline, no script, no font or
 * image from elsewhere) from the Thymeleaf template {@code templates/monitoring/ringkasan.html}, which the
 * console page also includes. Runs without Spring MVC ({@link Pages}), so the command-line verb can use it.
 */
final class BriefPage {

    private BriefPage() {
    }

    static String render(DailyBrief brief, ZoneId zone, String consoleBase) {
        return Pages.render("monitoring/ringkasan", model(brief, zone, consoleBase, Texts.officer("brief.page-title").formatted(brief.day())));
    }

    static Map<String, Object> model(DailyBrief brief, ZoneId zone, String consoleBase, String title) {
        return Map.of("brief", brief, "zona", zone.getId(), "konsol", consoleBase == null ? "" : consoleBase,
                "judul", title, "fmt", DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(zone));
    }
}
