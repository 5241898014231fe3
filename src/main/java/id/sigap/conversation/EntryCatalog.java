package id.sigap.conversation;

import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The approved entries the answerer may look up by id: an entry a citizen chose, an entry's tags (is it
 * a clarification?) and its optional English version. Only entries servable today are found.
 */
public interface EntryCatalog {

    Optional<KnowledgeEntry> find(String entryId);

    /** Over a fixed knowledge base (evaluation, previews). */
    static EntryCatalog of(KnowledgeBase base) {
        return over(() -> base);
    }

    static EntryCatalog over(Supplier<KnowledgeBase> base) {
        return id -> base.get().entry(id).filter(e -> e.servableOn(LocalDate.now()));
    }

    EntryCatalog NONE = id -> Optional.empty();

    /** The live knowledge base's entries. */
    @Component
    class Live implements EntryCatalog {

        private final LiveKnowledgeBase knowledge;

        Live(LiveKnowledgeBase knowledge) {
            this.knowledge = knowledge;
        }

        @Override
        public Optional<KnowledgeEntry> find(String entryId) {
            return over(knowledge::current).find(entryId);
        }
    }
}
