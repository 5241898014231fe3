package id.sigap.knowledge;

import id.sigap.handoff.Suggestion;
import id.sigap.handoff.SuggestionLookup;
import id.sigap.sentiment.EmergencyContactSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What other features read from the live knowledge base: the approved text of a suggested entry (for
 * staff), and the approved emergency-numbers entry (for the immediate reply to an emergency).
 */
@Component
class KnowledgeLookups implements SuggestionLookup, EmergencyContactSource {

    private final LiveKnowledgeBase knowledge;

    KnowledgeLookups(LiveKnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Optional<Suggestion> find(String entryId) {
        return knowledge.current().entry(entryId)
                .filter(e -> e.servableOn(LocalDate.now()))
                .map(e -> new Suggestion(e.id(), e.title(), Markdown.plain(e.body()), e.sourceUrl()));
    }

    @Override
    public Optional<String> emergencyText() {
        LocalDate today = LocalDate.now();
        return knowledge.current().entries().stream()
                .filter(e -> e.servableOn(today))
                .filter(e -> e.id().contains("nomor-darurat") || e.tags().contains("darurat"))
                .findFirst()
                .map(e -> {
                    String text = Markdown.plain(e.body()).strip();
                    return text.contains("112") ? text : "Dalam keadaan darurat, segera hubungi 112.\n\n" + text;
                });
    }
}
