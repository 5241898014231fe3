package id.sigap.web;

import id.sigap.texts.Texts;
import id.sigap.notice.CrisisNotices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Crisis notices: publish (editors, audited, no approval needed) and withdraw. Times are in the office's zone. */
@Controller
class NoticeConsoleController {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final CrisisNotices notices;
    private final ZoneId zone;

    NoticeConsoleController(CrisisNotices notices, @Value("${sigap.handoff.zone:Asia/Jakarta}") ZoneId zone) {
        this.notices = notices;
        this.zone = zone;
    }

    @GetMapping("/konsol/pemberitahuan")
    String list(Model model) {
        LocalDateTime now = LocalDateTime.ofInstant(notices.now(), zone).truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("notices", notices.all());
        model.addAttribute("now", notices.now());
        model.addAttribute("zone", zone);
        model.addAttribute("fmt", SHOWN.withZone(zone));
        model.addAttribute("defaultFrom", now);
        model.addAttribute("defaultUntil", now.plusHours(24));
        return "konsol/pemberitahuan";
    }

    @PostMapping("/konsol/pemberitahuan")
    String publish(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
                   @RequestParam(defaultValue = "") String keywords, @RequestParam LocalDateTime from,
                   @RequestParam LocalDateTime until, @AuthenticationPrincipal ConsolePrincipal me,
                   RedirectAttributes redirect) {
        try {
            notices.publish(me.getUsername(), title, text, keywords, from.atZone(zone).toInstant(),
                    until.atZone(zone).toInstant());
            redirect.addFlashAttribute("notice", Texts.officer("notice.published"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/pemberitahuan";
    }

    @PostMapping("/konsol/pemberitahuan/{id}/tarik")
    String withdraw(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        try {
            notices.withdraw(me.getUsername(), id);
            redirect.addFlashAttribute("notice", Texts.officer("notice.withdrawn").formatted(id));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/pemberitahuan";
    }
}
