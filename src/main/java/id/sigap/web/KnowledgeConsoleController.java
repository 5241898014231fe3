package id.sigap.web;

import id.sigap.gaps.GapDrafts;
import id.sigap.gaps.GapSettings;
import id.sigap.knowledge.Markdown;
import id.sigap.phrasing.PhrasingReview;
import id.sigap.texts.Texts;
import id.sigap.editorial.CitizenPreview;
import id.sigap.editorial.Draft;
import id.sigap.editorial.EditorialException;
import id.sigap.editorial.EntryForm;
import id.sigap.editorial.KnowledgeEditor;
import id.sigap.editorial.LineDiff;
import id.sigap.editorial.PublishedVersion;
import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Knowledge-base pages: list, entry, edit with preview, approve, history with diff and rollback, ask as a citizen. */
@Controller
class KnowledgeConsoleController {

    private final KnowledgeEditor editor;
    private final CitizenPreview preview;
    private final ZoneId zone;
    private final GapDrafts gapDrafts;
    private final GapSettings gapSettings;
    private final PhrasingReview phrasings;

    KnowledgeConsoleController(KnowledgeEditor editor, CitizenPreview preview,
                               @Value("${sigap.handoff.zone:${sigap.zone:Asia/Jakarta}}") ZoneId zone,
                               GapDrafts gapDrafts, GapSettings gapSettings, PhrasingReview phrasings) {
        this.editor = editor;
        this.preview = preview;
        this.zone = zone;
        this.gapDrafts = gapDrafts;
        this.gapSettings = gapSettings;
        this.phrasings = phrasings;
    }

    @GetMapping("/konsol/kb")
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("overview", editor.overview(q));
        model.addAttribute("warnDays", KnowledgeEditor.EXPIRY_WARNING_DAYS);
        return "konsol/kb-daftar";
    }

    @GetMapping("/konsol/kb/{id}")
    String entry(@PathVariable String id, Model model) {
        Optional<KnowledgeEntry> published = editor.published(id);
        Optional<Draft> draft = editor.draft(id);
        if (published.isEmpty() && draft.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("id", id);
        model.addAttribute("published", published.orElse(null));
        model.addAttribute("publishedHtml", published.map(e -> Markdown.safeHtml(e.body())).orElse(null));
        model.addAttribute("draft", draft.orElse(null));
        draft.ifPresent(d -> {
            model.addAttribute("draftEntry", EntryText.parse(d.text(), d.path()).entry().orElse(null));
            model.addAttribute("draftHtml", EntryText.parse(d.text(), d.path()).entry()
                    .map(e -> Markdown.safeHtml(e.body())).orElse(""));
            model.addAttribute("diff", LineDiff.of(editor.publishedText(id).orElse(""), d.text()));
        });
        // A draft made from a knowledge gap: its approver may have the askers told (counts only, no chat).
        model.addAttribute("gapOrigin", draft.flatMap(d -> gapDrafts.pending(id)).orElse(null));
        model.addAttribute("notifyDays", gapSettings.notifyWindow().toDays());
        return "konsol/kb-entri";
    }

    @GetMapping("/konsol/kb/baru")
    String create(Model model) {
        model.addAttribute("form", new EntryForm("", "", "approved", List.of(), List.of(), "", null, ""));
        model.addAttribute("isNew", true);
        return "konsol/kb-sunting";
    }

    @GetMapping("/konsol/kb/{id}/sunting")
    String edit(@PathVariable String id, Model model) {
        EntryForm form = editor.draft(id)
                .flatMap(d -> EntryText.parse(d.text(), d.path()).entry()).map(EntryForm::of)
                .or(() -> editor.published(id).map(EntryForm::of))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", form);
        model.addAttribute("isNew", false);
        return "konsol/kb-sunting";
    }

    @PostMapping({"/konsol/kb/baru", "/konsol/kb/{id}/sunting"})
    String save(@PathVariable(required = false) String id, @RequestParam(name = "entryId", required = false) String entryId,
                @RequestParam String title, @RequestParam(defaultValue = "approved") String status,
                @RequestParam(defaultValue = "") String questions, @RequestParam(defaultValue = "") String tags,
                @RequestParam(defaultValue = "") String source,
                @RequestParam(name = "validUntil", required = false) LocalDate validUntil,
                @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String note,
                @AuthenticationPrincipal ConsolePrincipal me, Model model, RedirectAttributes redirect) {
        boolean isNew = id == null;
        EntryForm form = new EntryForm(isNew ? entryId : id, title, status, EntryForm.lines(questions),
                EntryForm.commas(tags), source, validUntil, body);
        try {
            Draft draft = editor.saveDraft(me.getUsername(), form, isNew, note);
            redirect.addFlashAttribute("notice", "Draf disimpan. Minta penyetuju lain untuk menyetujuinya.");
            return "redirect:/konsol/kb/" + draft.entryId();
        } catch (EditorialException e) {
            model.addAttribute("form", form);
            model.addAttribute("isNew", isNew);
            model.addAttribute("error", e.getMessage());
            return "konsol/kb-sunting";
        }
    }

    /** The live preview of the body while typing (htmx). */
    @PostMapping("/konsol/kb/pratinjau")
    @ResponseBody
    String previewMarkdown(@RequestParam(defaultValue = "") String body) {
        String html = Markdown.safeHtml(body);
        return html.isEmpty() ? "<p class=\"samar\">(kosong)</p>" : html;
    }

    @PostMapping("/konsol/kb/{id}/setujui")
    String approve(@PathVariable String id, @RequestParam(name = "versi", required = false) String seen,
                   @RequestParam(name = "beritahu", defaultValue = "false") boolean notify,
                   @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        try {
            PublishedVersion v = editor.approve(me.getUsername(), id, seen);
            phrasings.draftApproved(id);
            String told = gapDrafts.approved(me.getUsername(), id, v.number(), notify)
                    .map(n -> " " + Texts.officer("gaps.notifying").formatted(n.count("targeted"))).orElse("");
            redirect.addFlashAttribute("notice", "Disetujui dan diterbitkan sebagai versi " + v.number()
                    + ". Sigap langsung memakai teks ini." + told);
        } catch (EditorialException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/kb/" + id;
    }

    @PostMapping("/konsol/kb/{id}/buang")
    String discard(@PathVariable String id, @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        try {
            editor.discard(me.getUsername(), id);
            gapDrafts.discarded(id);
            int back = phrasings.draftDiscarded(id);
            redirect.addFlashAttribute("notice", "Draf dibuang."
                    + (back == 0 ? "" : " " + Texts.officer("phrasing.returned").formatted(back)));
        } catch (EditorialException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return editor.published(id).isPresent() ? "redirect:/konsol/kb/" + id : "redirect:/konsol/kb";
    }

    @GetMapping("/konsol/kb/{id}/riwayat")
    String history(@PathVariable String id, @RequestParam(name = "v", required = false) Integer selected, Model model) {
        List<PublishedVersion> versions = editor.history(id);
        model.addAttribute("id", id);
        model.addAttribute("versions", versions.reversed());
        model.addAttribute("time", NoticeConsoleController.SHOWN.withZone(zone));
        PublishedVersion shown = versions.stream().filter(v -> selected != null && v.number() == selected).findFirst()
                .orElse(versions.isEmpty() ? null : versions.getLast());
        if (shown != null) {
            String previous = versions.stream().filter(v -> v.number() == shown.number() - 1).map(PublishedVersion::text)
                    .findFirst().orElse("");
            model.addAttribute("shown", shown);
            model.addAttribute("diff", LineDiff.of(previous, shown.text()));
        }
        return "konsol/kb-riwayat";
    }

    @PostMapping("/konsol/kb/{id}/riwayat/{version}/pulihkan")
    String rollback(@PathVariable String id, @PathVariable int version, @AuthenticationPrincipal ConsolePrincipal me,
                    RedirectAttributes redirect) {
        try {
            editor.rollback(me.getUsername(), id, version);
            redirect.addFlashAttribute("notice", "Draf pemulihan ke versi " + version
                    + " dibuat. Penyetuju lain harus menyetujuinya sebelum diterbitkan.");
        } catch (EditorialException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/konsol/kb/" + id;
    }

    @GetMapping("/konsol/kb/tanya")
    String ask(@RequestParam(name = "q", required = false) String question, Model model) {
        model.addAttribute("q", question);
        if (question != null && !question.isBlank()) {
            model.addAttribute("result", preview.ask(question.strip()));
        }
        return "konsol/kb-tanya";
    }
}
