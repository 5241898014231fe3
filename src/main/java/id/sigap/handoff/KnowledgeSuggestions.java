package id.sigap.handoff;

import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.knowledge.Markdown;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** The approved text of an entry suggested to staff, read from the live knowledge base. */
@Component
class KnowledgeSuggestions implements SuggestionLookup {

    private final LiveKnowledgeBase knowledge;

    KnowledgeSuggestions(LiveKnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Optional<Suggestion> find(String entryId) {
        return knowledge.current().entry(entryId)
                .filter(e -> e.servableOn(LocalDate.now()))
                .map(e -> new Suggestion(e.id(), e.title(), Markdown.plain(e.body()), e.sourceUrl()));
    }
}
