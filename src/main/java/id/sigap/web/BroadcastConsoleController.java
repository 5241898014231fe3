package id.sigap.web;

import id.sigap.broadcast.Broadcast;
import id.sigap.broadcast.BroadcastService;
import id.sigap.broadcast.Receipt;
import id.sigap.broadcast.Subscriptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Official updates to subscribers: editors draft, a different approver sends (or stops) them, everyone with
 * access watches the receipts fill in. Times are in the office's zone.
 */
@Controller
class BroadcastConsoleController {

    private final BroadcastService broadcasts;
    private final Subscriptions subscriptions;
    private final ZoneId zone;

    BroadcastConsoleController(BroadcastService broadcasts, Subscriptions subscriptions,
                               @Value("${sigap.handoff.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone) {
        this.broadcasts = broadcasts;
        this.subscriptions = subscriptions;
        this.zone = zone;
    }

    @GetMapping("/konsol/siaran")
    String list(Model model) {
        List<Broadcast> recent = broadcasts.recent(30);
        Map<String, Receipt> receipts = new LinkedHashMap<>();
        recent.forEach(b -> receipts.put(b.id(), broadcasts.receipt(b.id())));
        model.addAttribute("recent", recent);
        model.addAttribute("receipts", receipts);
        model.addAttribute("areas", broadcasts.areas());
        model.addAttribute("broadcasts", broadcasts);
        model.addAttribute("subscribers", subscriptions.counts(broadcasts.choices()));
        model.addAttribute("total", subscriptions.total());
        model.addAttribute("zone", zone);
        model.addAttribute("fmt", NoticeConsoleController.SHOWN.withZone(zone));
        return "konsol/siaran";
    }

    @GetMapping("/konsol/siaran/{id}/kemajuan")
    String progress(@PathVariable String id, Model model) {
        Broadcast b = broadcasts.find(id).orElseThrow(() -> new IllegalArgumentException("Siaran tidak ada"));
        model.addAttribute("b", b);
        model.addAttribute("r", broadcasts.receipt(id));
        return "konsol/siaran :: kemajuan";
    }

    @PostMapping("/konsol/siaran")
    String draft(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String entryId,
                 @RequestParam(required = false) List<String> areas,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expires,
                 @RequestParam(defaultValue = "") String keywords, @AuthenticationPrincipal ConsolePrincipal me,
                 RedirectAttributes redirect) {
        try {
            Broadcast b = broadcasts.draft(me.getUsername(), text, entryId,
                    areas == null ? "" : String.join(",", areas), expires == null ? null : expires.atZone(zone).toInstant(),
                    keywords);
            redirect.addFlashAttribute("notice", "Draf siaran " + b.id() + " tersimpan. Penyetuju lain perlu mengirimnya.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/siaran";
    }

    @PostMapping("/konsol/siaran/{id}/kirim")
    String send(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        try {
            Receipt r = broadcasts.send(me.getUsername(), id);
            redirect.addFlashAttribute("notice", "Siaran " + id + " sedang dikirim ke " + r.targeted() + " pelanggan.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/siaran";
    }

    @PostMapping("/konsol/siaran/{id}/batal")
    String cancel(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        try {
            Broadcast b = broadcasts.cancel(me.getUsername(), id);
            redirect.addFlashAttribute("notice", "Siaran " + id + " " + b.state().label() + ".");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/siaran";
    }
}
