package id.sigap.web;

import id.sigap.phrasing.PhrasingReview;
import id.sigap.phrasing.PhrasingSource;
import id.sigap.texts.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Usulan rumusan pertanyaan" (editors; approvers may look): the phrasings citizens' questions proposed for
 * each entry, accepted (as they are or edited) or rejected in bulk. Accepting makes a draft change of each
 * entry concerned, which a second person approves on the entry's page as usual.
 */
@Controller
class PhrasingConsoleController {

    static final String PAGE = "/konsol/kb/usulan";

    private final PhrasingReview review;
    private final DateTimeFormatter time;

    PhrasingConsoleController(PhrasingReview review, @Value("${sigap.handoff.zone:Asia/Jakarta}") ZoneId zone) {
        this.review = review;
        this.time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(zone);
    }

    @GetMapping(PAGE)
    String list(Model model) {
        model.addAttribute("entries", review.pending());
        model.addAttribute("time", time);
        Map<PhrasingSource, String> sources = new EnumMap<>(PhrasingSource.class);
        for (PhrasingSource s : PhrasingSource.values()) {
            sources.put(s, Texts.officer("phrasing.source." + s.key()));
        }
        model.addAttribute("sources", sources);
        model.addAttribute("returnedNote", Texts.officer("phrasing.returned-note"));
        return "konsol/kb-usulan";
    }

    /**
     * The bulk decision: {@code pilih} names the chosen proposals ({@code entry/id}), {@code teks-entry/id}
     * their wording as the editor left it, {@code aksi} is {@code terima} or {@code tolak}.
     */
    @PostMapping(PAGE)
    String decide(@RequestParam(name = "aksi", defaultValue = "") String action,
                  @RequestParam MultiValueMap<String, String> form,
                  @AuthenticationPrincipal ConsolePrincipal me, RedirectAttributes redirect) {
        List<PhrasingReview.Choice> chosen = new ArrayList<>();
        for (String ref : form.getOrDefault("pilih", List.of())) {
            int slash = ref.indexOf('/');
            if (slash > 0 && slash < ref.length() - 1) {
                chosen.add(new PhrasingReview.Choice(ref.substring(0, slash), ref.substring(slash + 1),
                        form.getFirst("teks-" + ref)));
            }
        }
        if (chosen.isEmpty() || !(action.equals("terima") || action.equals("tolak"))) {
            redirect.addFlashAttribute("error", Texts.officer("phrasing.nothing-chosen"));
            return "redirect:" + PAGE;
        }
        if (action.equals("tolak")) {
            redirect.addFlashAttribute("notice", Texts.officer("phrasing.rejected").formatted(review.reject(chosen)));
            return "redirect:" + PAGE;
        }
        PhrasingReview.Accepted done = review.accept(me.getUsername(), chosen);
        redirect.addFlashAttribute("notice", Texts.officer("phrasing.accepted").formatted(done.added(), done.drafts().size()));
        if (!done.problems().isEmpty()) {
            List<String> lines = new ArrayList<>();
            done.problems().forEach((entry, problem) -> lines.add(Texts.officer("phrasing.problem").formatted(entry, problem)));
            redirect.addFlashAttribute("error", String.join(" ", lines));
        }
        redirect.addFlashAttribute("drafts", done.drafts());
        return "redirect:" + PAGE;
    }
}
