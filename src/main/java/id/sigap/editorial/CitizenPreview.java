package id.sigap.editorial;

import dev.langchain4j.model.embedding.EmbeddingModel;
import id.sigap.conversation.AnswerComposer;
import id.sigap.conversation.AnswerNotices;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.EntryCatalog;
import id.sigap.conversation.KnowledgeAnswerer;
import id.sigap.conversation.RecentQuestions;
import id.sigap.conversation.Reply;
import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import id.sigap.retrieval.RetrievalSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Ask as a citizen": what Sigap would answer from the published knowledge base, and from the
 * knowledge base with every pending draft applied. The draft side has its own retriever, re-indexed
 * only when the drafts change; its embeddings are remembered between builds, so a changed draft costs
 * one entry's embeddings.
 */
@Service
public class CitizenPreview {

    private final KnowledgeRetriever published;
    private final LiveKnowledgeBase live;
    private final KnowledgeEditor editor;
    private final List<AnswerComposer> composers;
    private final AnswerNotices notices;
    private final HybridKnowledgeRetriever withDrafts;
    private String indexedKey = "";

    CitizenPreview(KnowledgeRetriever published, LiveKnowledgeBase live, KnowledgeEditor editor,
                   ObjectProvider<AnswerComposer> composers, ObjectProvider<AnswerNotices> notices,
                   EmbeddingModel model, RetrievalSettings settings) {
        this.published = published;
        this.live = live;
        this.editor = editor;
        this.composers = composers.orderedStream().toList();
        this.notices = notices.getIfAvailable();
        this.withDrafts = HybridKnowledgeRetriever.likeService(model, settings);
    }

    /** One side of the comparison. */
    public record Answer(String source, String outcome, List<Reply> replies, List<RetrievalHit> hits,
                         double confidence, boolean confident, List<String> reasons, String kbVersion) {
    }

    /** Both sides; {@code draft} is empty when no draft is pending. */
    public record Comparison(String question, Answer published, Optional<Answer> draft, List<String> draftsApplied) {
    }

    public Comparison ask(String question) {
        Answer now = answer("terbit", published, question);
        List<Draft> drafts = editor.drafts();
        if (drafts.isEmpty()) {
            return new Comparison(question, now, Optional.empty(), List.of());
        }
        HybridKnowledgeRetriever retriever = draftRetriever(drafts);
        return new Comparison(question, now, Optional.of(answer("draf", retriever, question)),
                drafts.stream().map(Draft::entryId).sorted().toList());
    }

    private Answer answer(String source, KnowledgeRetriever retriever, String question) {
        KnowledgeAnswerer answerer = new KnowledgeAnswerer(retriever, composers, RecentQuestions.NONE,
                EntryCatalog.over(live::current));
        // A fresh chat each time: a preview must not be read as a follow-up of another editor's question.
        IncomingMessage message = IncomingMessage.text("konsol", System.nanoTime(), 1L, question);
        KnowledgeAnswerer.Answered answered = answerer.decide(message);
        ConversationResult result = answered.result();
        List<Reply> replies = new ArrayList<>(result.replies());
        String entry = result.decision().entryId();
        if (notices != null && result.decision().outcome().name().equals("ANSWER") && entry != null) {
            notices.noticeFor(question, List.of(entry)).ifPresent(n -> replies.addFirst(n));
        }
        Optional<RetrievalResult> r = answered.retrieval();
        return new Answer(source, result.decision().outcome().name(), replies,
                r.map(RetrievalResult::hits).orElse(List.of()), r.map(RetrievalResult::confidence).orElse(0.0),
                r.map(RetrievalResult::confident).orElse(false), result.decision().labels(),
                r.map(RetrievalResult::kbVersion).orElse(live.current().version()));
    }

    private synchronized HybridKnowledgeRetriever draftRetriever(List<Draft> drafts) {
        KnowledgeBase base = live.current();
        String key = base.version() + "|" + drafts.stream().sorted(Comparator.comparing(Draft::entryId))
                .map(d -> d.entryId() + ":" + d.text().hashCode()).toList();
        if (!key.equals(indexedKey)) {
            withDrafts.knowledgeBaseLoaded(applied(base, drafts));
            indexedKey = key;
        }
        return withDrafts;
    }

    /** The served knowledge base as it would be with every draft approved. */
    static KnowledgeBase applied(KnowledgeBase base, List<Draft> drafts) {
        Map<String, KnowledgeEntry> entries = new LinkedHashMap<>(base.byId());
        for (Draft draft : drafts) {
            Optional<KnowledgeEntry> parsed = EntryText.parse(draft.text(), draft.path()).entry();
            entries.remove(draft.entryId());
            parsed.filter(e -> e.servableOn(base.asOf())).ifPresent(e -> entries.put(e.id(), e));
        }
        List<KnowledgeEntry> sorted = entries.values().stream().sorted(Comparator.comparing(KnowledgeEntry::id)).toList();
        return new KnowledgeBase(sorted, "draf-" + Integer.toHexString(Objects.hash(base.version(),
                drafts.stream().map(Draft::text).toList())), base.asOf() == null ? LocalDate.now() : base.asOf(),
                List.of(), sorted.size());
    }
}
