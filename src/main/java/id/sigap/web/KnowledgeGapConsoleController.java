package id.sigap.web;

import id.sigap.editorial.Draft;
import id.sigap.editorial.EditorialException;
import id.sigap.gaps.GapDrafts;
import id.sigap.gaps.GapException;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.texts.Texts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.transcript.KnowledgeGaps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Celah pengetahuan" (staff and editors): the current knowledge gaps, newest activity first, each with
 * its distinct citizens, first and last seen, redacted examples and the entries it came closest to.
 */
@Controller
class KnowledgeGapConsoleController {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 366;
    /** Notices (with their receipts) listed on the page, newest first. */
    static final int RECEIPTS = 20;

    /** A gap with the titles of its nearest entries, for the page. */
    record GapView(KnowledgeGaps.Gap gap, List<EntryLink> nearest) {
    }

    /** An entry id and its title (the id itself when the entry is no longer in the knowledge base). */
    record EntryLink(String id, String title) {
    }

    private final KnowledgeGaps gaps;
    private final LiveKnowledgeBase knowledge;
    private final GapDrafts drafts;
    private final DateTimeFormatter time;

    KnowledgeGapConsoleController(KnowledgeGaps gaps, LiveKnowledgeBase knowledge, GapDrafts drafts,
                                  @Value("${sigap.handoff.zone:Asia/Jakarta}") ZoneId zone) {
        this.gaps = gaps;
        this.knowledge = knowledge;
        this.drafts = drafts;
        this.time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(zone);
    }

    @GetMapping("/konsol/celah")
    String list(@RequestParam(name = "hari", required = false) String hari, Model model) {
        Integer days = days(hari);
        model.addAttribute("badDays", days == null);
        int period = days == null ? DEFAULT_DAYS : days;
        KnowledgeBase kb = knowledge.current();
        List<GapView> views = gaps.current(period).stream()
                .map(g -> new GapView(g, g.nearestEntries().stream()
                        .map(id -> new EntryLink(id, kb.entry(id).map(KnowledgeEntry::title).orElse(id))).toList()))
                .toList();
        model.addAttribute("days", period);
        model.addAttribute("gaps", views);
        model.addAttribute("time", time);
        model.addAttribute("draftDays", drafts.days());
        model.addAttribute("notices", drafts.notices(RECEIPTS));
        return "konsol/celah";
    }

    /**
     * One action from gap to draft (editors): a new entry ({@code entri} blank) or a change adding the gap's
     * phrasings to an existing entry; the draft then waits for a second person's approval.
     */
    @PostMapping("/konsol/celah/{id}/draf")
    String draft(@PathVariable String id, @RequestParam(name = "entri", required = false) String entry,
                 @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        try {
            Draft draft = drafts.fromGap(me.getUsername(), id, entry);
            redirect.addFlashAttribute("notice", Texts.officer("gaps.draft-made").formatted(id));
            return "redirect:/konsol/kb/" + draft.entryId();
        } catch (GapException | EditorialException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/konsol/celah";
        }
    }

    /** The number of days asked for, or null when it is not a whole number from 1 to {@link #MAX_DAYS}. */
    private static Integer days(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 && n <= MAX_DAYS ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
