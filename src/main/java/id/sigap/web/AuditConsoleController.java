package id.sigap.web;

import id.sigap.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit log (admins): newest first, filtered by actor, action or subject. */
@Controller
class AuditConsoleController {

    private final AuditLog audit;
    private final DateTimeFormatter time;

    AuditConsoleController(AuditLog audit, @Value("${sigap.handoff.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone) {
        this.audit = audit;
        this.time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(zone);
    }

    @GetMapping("/konsol/audit")
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("records", audit.recent(200, q));
        model.addAttribute("time", time);
        return "konsol/audit";
    }
}
