package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalResult;
import id.sigap.transcript.Redactor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers a citizen's question from the approved knowledge base or hands it to staff. Small talk is
 * answered without retrieval. Otherwise the question is only ever a search query: text such as
 * "abaikan instruksi sebelumnya" has no instruction to follow here, every answer is an approved
 * entry's own text, and anything retrieval is unsure of goes to a person.
 */
@Component
public class KnowledgeAnswerer implements QuestionAnswerer {

    /** A follow-up such as "kalau yang di batu sari?" is short; a long question stands on its own. */
    static final int FOLLOW_UP_MAX_WORDS = 6;

    private final KnowledgeRetriever retriever;
    private final List<AnswerComposer> composers;
    private final RecentQuestions recent;

    public KnowledgeAnswerer(KnowledgeRetriever retriever, List<AnswerComposer> composers, RecentQuestions recent) {
        this.retriever = retriever;
        this.composers = List.copyOf(composers);
        this.recent = recent;
    }

    @org.springframework.beans.factory.annotation.Autowired
    KnowledgeAnswerer(KnowledgeRetriever retriever, ObjectProvider<AnswerComposer> composers,
                      ObjectProvider<RecentQuestions> recent) {
        this(retriever, composers.orderedStream().toList(), recent.getIfAvailable(() -> RecentQuestions.NONE));
    }

    /** The reply and decision, with the retrieval behind them (absent for small talk and commands). */
    public record Answered(ConversationResult result, Optional<RetrievalResult> retrieval) {
    }

    @Override
    public ConversationResult answer(IncomingMessage message) {
        return decide(message).result();
    }

    public Answered decide(IncomingMessage message) {
        if ("petugas".equals(message.command())) {
            return new Answered(one(Reply.text(AnswerTexts.HUMAN_REQUESTED), Outcome.HANDOFF, List.of("command:petugas",
                    "asked-for-human")), Optional.empty());
        }
        String text = message.text().strip();
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.recognise(text);
        if (smallTalk.isPresent()) {
            return new Answered(one(Reply.text(SmallTalk.reply(smallTalk.get())), Outcome.SMALL_TALK,
                    List.of("small-talk:" + smallTalk.get().name().toLowerCase(Locale.ROOT))), Optional.empty());
        }
        String question = SmallTalk.withoutGreeting(text);
        long started = System.nanoTime();
        RetrievalResult result = retriever.retrieve(question);
        List<String> reasons = new ArrayList<>();
        if (!result.confident() && question.split("\\s+").length <= FOLLOW_UP_MAX_WORDS) {
            List<String> previous = recent.recent(message.channel(), message.chatId());
            if (!previous.isEmpty()) {
                RetrievalResult inContext = retriever.retrieve(previous.getFirst() + " " + question);
                if (inContext.confident()) {
                    result = inContext;
                    reasons.add("follow-up");
                }
            }
        }
        // Personal data never rests in Redis: remember the question redacted.
        recent.remember(message.channel(), message.chatId(), Redactor.redact(question));
        long retrieved = System.nanoTime();
        if (result.confident()) {
            for (AnswerComposer composer : composers) {
                Optional<Reply> reply = composer.compose(question, result);
                if (reply.isPresent()) {
                    String entry = result.hits().getFirst().entryId();
                    reasons.addFirst("entry:" + entry);
                    reasons.add(confidence(result));
                    reasons.add("kb:" + result.kbVersion());
                    reasons.add("mode:" + composer.mode());
                    Reply withFeedback = reply.get().withButtons(feedbackButtons(entry));
                    return new Answered(new ConversationResult(List.of(withFeedback), new Decision(Outcome.ANSWER, reasons),
                            signals(result, composer, started, retrieved)), Optional.of(result));
                }
            }
            reasons.add("composer-declined");
        }
        reasons.add(result.reasons().contains("no-match") ? "unanswerable" : "low-confidence");
        result.reasons().stream().filter(r -> !r.equals("low-confidence") && !r.equals("no-match")).forEach(reasons::add);
        reasons.add(confidence(result));
        result.top().ifPresent(hit -> reasons.add("candidate:" + hit.entryId()));
        return new Answered(new ConversationResult(List.of(Reply.text(AnswerTexts.HANDOFF)),
                new Decision(Outcome.HANDOFF, reasons), signals(result, null, started, retrieved)), Optional.of(result));
    }

    /** 👍/👎 under every answer; 👎 offers a person. */
    static List<List<Reply.Button>> feedbackButtons(String entryId) {
        String id = entryId.length() > 58 ? entryId.substring(0, 58) : entryId;
        return List.of(List.of(new Reply.Button("👍 Membantu", "fb:u:" + id), new Reply.Button("👎 Belum membantu", "fb:d:" + id)));
    }

    private static TurnSignals signals(RetrievalResult result, AnswerComposer composer, long started, long retrieved) {
        long done = System.nanoTime();
        return new TurnSignals(result.normalizedQuestion(), null, null, Double.NaN, false, false,
                result.hits().stream().map(h -> new TurnSignals.ScoredEntry(h.entryId(), h.score())).toList(),
                result.confidence(), result.kbVersion(), composer == null ? null : composer.mode(),
                composer == null ? null : composer.model(),
                java.util.Map.of("retrieve", (retrieved - started) / 1000, "compose", (done - retrieved) / 1000));
    }

    private static String confidence(RetrievalResult result) {
        return String.format(Locale.ROOT, "confidence:%.2f", result.confidence());
    }

    private static ConversationResult one(Reply reply, Outcome outcome, List<String> reasons) {
        return new ConversationResult(List.of(reply), new Decision(outcome, reasons));
    }
}
