package id.sigap.conversation;

import id.sigap.conversation.Decision.Outcome;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalResult;
import id.sigap.sentiment.Classification;
import id.sigap.sentiment.EscalationDecision;
import id.sigap.sentiment.EscalationPolicy;
import id.sigap.sentiment.Sentiment;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.privacy.Redactor;
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
    private final SentimentClassifier classifier;
    private final EscalationPolicy policy;
    private final ChatHistory history;
    private List<EarlierContext> earlier = List.of();

    /** Retrieval and answers only, no sentiment (evaluation of retrieval, benchmarks). */
    public KnowledgeAnswerer(KnowledgeRetriever retriever, List<AnswerComposer> composers, RecentQuestions recent) {
        this(retriever, composers, recent, null, null, null);
    }

    public KnowledgeAnswerer(KnowledgeRetriever retriever, List<AnswerComposer> composers, RecentQuestions recent,
                             SentimentClassifier classifier, EscalationPolicy policy, ChatHistory history) {
        this.retriever = retriever;
        this.composers = List.copyOf(composers);
        this.recent = recent;
        this.classifier = classifier;
        this.policy = policy;
        this.history = history;
    }

    @org.springframework.beans.factory.annotation.Autowired
    KnowledgeAnswerer(KnowledgeRetriever retriever, ObjectProvider<AnswerComposer> composers,
                      ObjectProvider<RecentQuestions> recent, ObjectProvider<SentimentClassifier> classifier,
                      ObjectProvider<EscalationPolicy> policy, ObjectProvider<ChatHistory> history) {
        this(retriever, composers.orderedStream().toList(), recent.getIfAvailable(() -> RecentQuestions.NONE),
                classifier.getIfAvailable(), policy.getIfAvailable(), history.getIfAvailable());
    }

    /** What the office said to a chat (official updates) that a short question may follow up. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setEarlierContext(List<EarlierContext> earlier) {
        this.earlier = List.copyOf(earlier);
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
        long classifyStart = System.nanoTime();
        Mood mood = mood(message, text);
        long classifyMicros = (System.nanoTime() - classifyStart) / 1000;
        if (mood.early() != null) {
            return escalateAtOnce(message, text, mood, classifyMicros);
        }
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.recognise(text);
        if (smallTalk.isPresent()) {
            return new Answered(new ConversationResult(List.of(Reply.text(SmallTalk.reply(smallTalk.get()))),
                    new Decision(Outcome.SMALL_TALK, List.of("small-talk:" + smallTalk.get().name().toLowerCase(Locale.ROOT))),
                    moodOnly(mood, classifyMicros)), Optional.empty());
        }
        String question = SmallTalk.withoutGreeting(text);
        long started = System.nanoTime();
        RetrievalResult result = retriever.retrieve(question);
        List<String> reasons = new ArrayList<>();
        boolean shortQuestion = question.split("\\s+").length <= FOLLOW_UP_MAX_WORDS;
        // Looked up only when it can matter (a reply to an earlier message, or a weak result): not on every question.
        List<EarlierContext.Context> contexts = shortQuestion && (message.replyToMessageId() != null || !result.confident())
                ? earlier.stream().flatMap(source -> source.contextFor(message).stream()).toList() : List.of();
        for (EarlierContext.Context context : contexts) {
            if (context.replied()) {
                // A reply to the office's own message continues it.
                RetrievalResult inContext = retriever.retrieve(context.text() + " " + question);
                if (inContext.confident()) {
                    result = inContext;
                    reasons.add(context.reason());
                    break;
                }
            }
        }
        if (!result.confident() && shortQuestion) {
            List<String> previous = recent.recent(message.channel(), message.chatId());
            if (!previous.isEmpty()) {
                RetrievalResult inContext = retriever.retrieve(previous.getFirst() + " " + question);
                if (inContext.confident()) {
                    result = inContext;
                    reasons.add("follow-up");
                }
            }
            for (EarlierContext.Context context : contexts) {
                if (result.confident()) {
                    break;
                }
                if (!context.replied()) {
                    RetrievalResult inContext = retriever.retrieve(context.text() + " " + question);
                    if (inContext.confident()) {
                        result = inContext;
                        reasons.add(context.reason());
                    }
                }
            }
        }
        // Personal data never rests in Redis: remember the question redacted.
        recent.remember(message.channel(), message.chatId(), Redactor.redact(question));
        long retrieved = System.nanoTime();
        if (result.confident()) {
            for (AnswerComposer composer : composers) {
                Optional<Reply> reply = composer.compose(question, result, reasons);
                if (reply.isPresent()) {
                    String entry = result.hits().getFirst().entryId();
                    reasons.addFirst("entry:" + entry);
                    reasons.add(confidence(result));
                    reasons.add("kb:" + result.kbVersion());
                    reasons.add("mode:" + composer.mode());
                    Reply withFeedback = reply.get().withButtons(feedbackButtons(entry));
                    TurnSignals signals = signals(result, composer, started, retrieved, mood, classifyMicros);
                    EscalationDecision late = mood.late(policy, result.confidence());
                    if (late != null && late.handOff()) {
                        // Answer with the approved text, and let a person follow up.
                        List<String> all = new ArrayList<>(reasons);
                        all.addAll(late.reasons());
                        return new Answered(new ConversationResult(List.of(reply.get()), new Decision(Outcome.HANDOFF, all),
                                signals), Optional.of(result));
                    }
                    return new Answered(new ConversationResult(List.of(withFeedback), new Decision(Outcome.ANSWER, reasons),
                            signals), Optional.of(result));
                }
            }
            reasons.add("composer-declined");
        }
        reasons.add(result.reasons().contains("no-match") ? "unanswerable" : "low-confidence");
        result.reasons().stream().filter(r -> !r.equals("low-confidence") && !r.equals("no-match")).forEach(reasons::add);
        reasons.add(confidence(result));
        result.top().ifPresent(hit -> reasons.add("candidate:" + hit.entryId()));
        EscalationDecision late = mood.late(policy, result.confidence());
        if (late != null && late.handOff()) {
            late.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        }
        return new Answered(new ConversationResult(List.of(Reply.text(AnswerTexts.HANDOFF)),
                new Decision(Outcome.HANDOFF, reasons), signals(result, null, started, retrieved, mood, classifyMicros)),
                Optional.of(result));
    }

    /** What the classifier read, and an escalation that must happen before any retrieval. */
    private record Mood(Classification classification, List<Sentiment> earlier, EscalationDecision early) {

        EscalationDecision late(EscalationPolicy policy, double retrievalConfidence) {
            return classification == null || policy == null ? null
                    : policy.decide(classification, earlier, retrievalConfidence);
        }
    }

    private Mood mood(IncomingMessage message, String text) {
        if (classifier == null || policy == null) {
            return new Mood(null, List.of(), null);
        }
        Classification c = classifier.classify(text);
        List<Sentiment> earlier = List.of();
        if (history != null) {
            earlier = history.recentSentiments(message.channel(), message.chatId()).stream()
                    .map(Sentiment::fromLabel).toList();
            history.addSentiment(message.channel(), message.chatId(), c.sentiment().label());
        }
        boolean urgent = c.emergency() || c.hostile() || c.wantsHuman() || c.sentiment() == Sentiment.NEGATIF;
        EscalationDecision early = urgent ? policy.decide(c, earlier, Double.NaN) : null;
        return new Mood(c, earlier, early != null && early.handOff() ? early : null);
    }

    /**
     * Emergencies, hostility, anger and requests for a person go to staff before anything else. An
     * emergency gets the emergency numbers first; an angry citizen with a question the knowledge base
     * answers confidently also gets that answer while waiting for the person.
     */
    private Answered escalateAtOnce(IncomingMessage message, String text, Mood mood, long classifyMicros) {
        Classification c = mood.classification();
        List<Reply> replies = new ArrayList<>();
        List<String> reasons = new ArrayList<>(mood.early().reasons());
        if (mood.early().immediateReply() != null) {
            replies.add(Reply.text(mood.early().immediateReply()));
        }
        if (c.emergency() || c.hostile()) {
            return new Answered(new ConversationResult(replies, new Decision(Outcome.HANDOFF, reasons),
                    moodOnly(mood, classifyMicros)), Optional.empty());
        }
        String question = SmallTalk.withoutGreeting(text);
        long started = System.nanoTime();
        RetrievalResult result = retriever.retrieve(question);
        long retrieved = System.nanoTime();
        recent.remember(message.channel(), message.chatId(), Redactor.redact(question));
        AnswerComposer used = null;
        if (result.confident()) {
            for (AnswerComposer composer : composers) {
                Optional<Reply> reply = composer.compose(question, result, reasons);
                if (reply.isPresent()) {
                    replies.add(reply.get());
                    reasons.add("entry:" + result.hits().getFirst().entryId());
                    used = composer;
                    break;
                }
            }
        }
        reasons.add(confidence(result));
        return new Answered(new ConversationResult(replies, new Decision(Outcome.HANDOFF, reasons),
                signals(result, used, started, retrieved, mood, classifyMicros)), Optional.of(result));
    }

    private static TurnSignals moodOnly(Mood mood, long classifyMicros) {
        Classification c = mood.classification();
        if (c == null) {
            return TurnSignals.NONE;
        }
        return new TurnSignals(null, null, c.sentiment().label(), c.confidence(), c.emergency(), c.wantsHuman(),
                List.of(), Double.NaN, null, null, null, java.util.Map.of("classify", classifyMicros));
    }

    /** 👍/👎 under every answer; 👎 offers a person. */
    static List<List<Reply.Button>> feedbackButtons(String entryId) {
        String id = entryId.length() > 58 ? entryId.substring(0, 58) : entryId;
        return List.of(List.of(new Reply.Button("👍 Membantu", "fb:u:" + id), new Reply.Button("👎 Belum membantu", "fb:d:" + id)));
    }

    private static TurnSignals signals(RetrievalResult result, AnswerComposer composer, long started, long retrieved,
                                       Mood mood, long classifyMicros) {
        long done = System.nanoTime();
        Classification c = mood.classification();
        return new TurnSignals(result.normalizedQuestion(), null, c == null ? null : c.sentiment().label(),
                c == null ? Double.NaN : c.confidence(), c != null && c.emergency(), c != null && c.wantsHuman(),
                result.hits().stream().map(h -> new TurnSignals.ScoredEntry(h.entryId(), h.score())).toList(),
                result.confidence(), result.kbVersion(), composer == null ? null : composer.mode(),
                composer == null ? null : composer.model(),
                java.util.Map.of("classify", classifyMicros, "retrieve", (retrieved - started) / 1000,
                        "compose", (done - retrieved) / 1000));
    }

    private static String confidence(RetrievalResult result) {
        return String.format(Locale.ROOT, "confidence:%.2f", result.confidence());
    }

    private static ConversationResult one(Reply reply, Outcome outcome, List<String> reasons) {
        return new ConversationResult(List.of(reply), new Decision(outcome, reasons));
    }
}
