package id.sigap.web;

import id.sigap.texts.Texts;
import id.sigap.knowledge.Markdown;
import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.handoff.HandoffService.ActionResult;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handoff queue for staff on the web. Every action goes through {@link HandoffService} with the
 * signed-in account as the staff member, exactly as a button in the Telegram staff group does, and what it
 * causes is delivered at once; so web and Telegram stay in step. Lists refresh by htmx polling.
 */
@Controller
class HandoffConsoleController {

    private final HandoffService handoffs;
    private final LiveKnowledgeBase knowledge;
    private final AuditLog audit;
    private final DateTimeFormatter time;
    private final Clock clock = Clock.systemUTC();

    HandoffConsoleController(HandoffService handoffs, LiveKnowledgeBase knowledge, AuditLog audit,
                             @Value("${sigap.handoff.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone) {
        this.handoffs = handoffs;
        this.knowledge = knowledge;
        this.audit = audit;
        this.time = DateTimeFormatter.ofPattern("dd-MM HH:mm").withZone(zone);
    }

    /**
     * A queue card: the handoff, how long it has waited, the citizen's last message (redacted, shortened), why it
     * came to staff in words for officers, and whether it is a web simulator trial.
     */
    record Row(Handoff h, String age, String preview, String reasons, boolean trial) {
    }

    /** Emergencies first, then high priority; within a priority, who has waited longest. */
    static final java.util.Comparator<Handoff> QUEUE_ORDER = java.util.Comparator
            .comparing(Handoff::priority, java.util.Comparator.reverseOrder())
            .thenComparing(Handoff::createdAt);

    static final int PREVIEW_LENGTH = 140;

    @GetMapping("/konsol/antrean")
    String queue(Model model) {
        lists(model);
        return "konsol/antrean";
    }

    @GetMapping("/konsol/antrean/daftar")
    String queueLists(Model model) {
        lists(model);
        return "konsol/antrean :: daftar";
    }

    @GetMapping("/konsol/antrean/{id}")
    String conversation(@PathVariable String id, Model model) {
        conversationModel(id, model);
        return "konsol/percakapan";
    }

    @GetMapping("/konsol/antrean/{id}/log")
    String conversationLog(@PathVariable String id, Model model) {
        conversationModel(id, model);
        return "konsol/percakapan :: log";
    }

    @PostMapping("/konsol/antrean/{id}/ambil")
    String claim(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return act(id, "ambil", handoffs.claim(id, me.staff()), me, null, r);
    }

    @PostMapping("/konsol/antrean/{id}/balas")
    String reply(@PathVariable String id, @RequestParam(defaultValue = "") String text,
                 @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return act(id, "balas", handoffs.reply(id, me.staff(), text), me, text, r);
    }

    @PostMapping("/konsol/antrean/{id}/saran/{n}")
    String suggestion(@PathVariable String id, @PathVariable int n, @AuthenticationPrincipal ConsolePrincipal me,
                      RedirectAttributes r) {
        return act(id, "saran-" + n, handoffs.useSuggestion(id, me.staff(), n), me, null, r);
    }

    @PostMapping("/konsol/antrean/{id}/selesai")
    String resolve(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return act(id, "selesai", handoffs.resolve(id, me.staff()), me, null, r);
    }

    @PostMapping("/konsol/antrean/{id}/kembalikan")
    String giveBack(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes r) {
        return act(id, "kembalikan", handoffs.giveBack(id, me.staff()), me, null, r);
    }

    /**
     * Shows a staff member the original of one redacted message (a number to call back). Every reveal is
     * audited (who, which message; never the text), and the text is shown once, not stored in the page.
     */
    @PostMapping("/konsol/antrean/{id}/asli/{n}")
    String reveal(@PathVariable String id, @PathVariable int n, @AuthenticationPrincipal ConsolePrincipal me,
                  Model model, jakarta.servlet.http.HttpServletResponse response) {
        conversationModel(id, model);
        Optional<String> original = handoffs.original(id, n);
        if (original.isEmpty()) {
            model.addAttribute("error", Texts.officer("handoff.nothing-to-reveal"));
        } else {
            audit.record(me.getUsername(), "antrean.lihat-asli", id + " pesan " + (n + 1), null, null);
            // Rendered in this response only: a redirect would park the text in the (Redis-backed) session.
            model.addAttribute("original", original.get());
            model.addAttribute("originalOf", n + 1);
        }
        response.setHeader("Cache-Control", "no-store");
        return "konsol/percakapan";
    }

    private String act(String id, String action, ActionResult result, ConsolePrincipal me, String text,
                       RedirectAttributes redirect) {
        if (result.ok()) {
            handoffs.deliver(result.replies());
            audit.record(me.getUsername(), "antrean." + action, id, null, text);
        }
        redirect.addFlashAttribute(result.ok() ? "notice" : "error", result.notice());
        return "redirect:/konsol/antrean/" + id;
    }

    private void lists(Model model) {
        model.addAttribute("waiting", rows(handoffs.waiting()));
        model.addAttribute("claimed", rows(handoffs.claimed()));
        model.addAttribute("closed", rows(handoffs.recentlyClosed(15)));
        model.addAttribute("time", time);
    }

    private List<Row> rows(List<Handoff> list) {
        // Real conversations first, anonymous simulator trials after them (marked, never in the way); then
        // emergencies first and, within a priority, who has waited longest.
        return list.stream().sorted(java.util.Comparator.comparing(HandoffService::trial).thenComparing(QUEUE_ORDER))
                .map(h -> new Row(h, DashboardFigures.age(Duration.between(h.createdAt(), clock.instant())),
                        preview(h), String.join(", ", h.reasonLabels()), HandoffService.trial(h))).toList();
    }

    /** The citizen's last message in the handoff's log, as staff see it (already redacted). */
    private String preview(Handoff h) {
        return handoffs.lastCitizenMessage(h.id()).map(text -> text.replaceAll("\\s+", " ").strip())
                .map(text -> text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH - 1) + "…" : text)
                .orElse(null);
    }

    /** A suggested entry, numbered as {@link HandoffService#useSuggestion} counts them. */
    record SuggestionRow(int n, String entryId, String title, String html, boolean available) {
    }

    /** A log line with its time in the office's zone. */
    private java.util.Map<String, String> shown(java.util.Map<String, String> line) {
        java.util.Map<String, String> out = new java.util.HashMap<>(line);
        try {
            out.put("at", time.format(java.time.Instant.parse(line.getOrDefault("at", ""))));
        } catch (java.time.format.DateTimeParseException e) {
            out.put("at", "");
        }
        return out;
    }

    private void conversationModel(String id, Model model) {
        Handoff h = handoffs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("h", h);
        model.addAttribute("age", DashboardFigures.age(Duration.between(h.createdAt(), clock.instant())));
        model.addAttribute("log", handoffs.conversation(id).stream().map(this::shown).toList());
        model.addAttribute("time", time);
        List<SuggestionRow> suggestions = new ArrayList<>();
        for (int i = 0; i < h.suggestions().size(); i++) {
            String entryId = h.suggestions().get(i);
            Optional<KnowledgeEntry> e = knowledge.current().entry(entryId);
            suggestions.add(new SuggestionRow(i + 1, entryId, e.map(KnowledgeEntry::title).orElse(entryId),
                    e.map(x -> Markdown.safeHtml(x.body())).orElse(""), e.isPresent()));
        }
        model.addAttribute("suggestions", suggestions);
    }
}
