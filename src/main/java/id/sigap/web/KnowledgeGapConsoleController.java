package id.sigap.web;

import id.sigap.knowledge.KnowledgeBase;
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

    /** A gap with the titles of its nearest entries, for the page. */
    record GapView(KnowledgeGaps.Gap gap, List<EntryLink> nearest) {
    }

    /** An entry id and its title (the id itself when the entry is no longer in the knowledge base). */
    record EntryLink(String id, String title) {
    }

    private final KnowledgeGaps gaps;
    private final LiveKnowledgeBase knowledge;
    private final DateTimeFormatter time;

    KnowledgeGapConsoleController(KnowledgeGaps gaps, LiveKnowledgeBase knowledge,
                                  @Value("${sigap.handoff.zone:Asia/Jakarta}") ZoneId zone) {
        this.gaps = gaps;
        this.knowledge = knowledge;
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
        return "konsol/celah";
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
