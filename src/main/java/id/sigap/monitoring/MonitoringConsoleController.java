package id.sigap.monitoring;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;

/**
 * The console's live monitoring page ({@code /konsol/pantauan}, any signed-in officer): the brief of the
 * last 24 hours, the same template as the morning page, plus the state of every feed.
 */
@Controller
class MonitoringConsoleController {

    private final BriefBuilder briefs;
    private final MonitoringService monitoring;

    MonitoringConsoleController(BriefBuilder briefs, MonitoringService monitoring) {
        this.briefs = briefs;
        this.monitoring = monitoring;
    }

    // The console layout reads the signed-in officer as "me" (the web module adds it only to its own
    // controllers); taken as Object so that monitoring does not depend on the web module.
    @GetMapping("/konsol/pantauan")
    String page(Model model, @AuthenticationPrincipal Object me) {
        DailyBrief brief = briefs.last24Hours(Instant.now());
        model.addAttribute("me", me);
        model.addAllAttributes(BriefPage.model(brief, monitoring.settings().zone(), "", "Pantauan isu 24 jam terakhir"));
        model.addAttribute("feeds", monitoring.overview(Instant.now()).feeds());
        return "konsol/pantauan";
    }
}
