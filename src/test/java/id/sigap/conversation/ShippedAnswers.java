package id.sigap.conversation;

import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.support.ShippedKnowledge;

import java.util.List;

/**
 * The answerer as a chat has it (retrieval, the offline sentiment classifier, the turn decision), for the tests over the
 * approved knowledge base as shipped; its full constructor is package-private, so the shared {@code support} package
 * cannot build it.
 */
final class ShippedAnswers {

    private ShippedAnswers() {
    }

    /** The shipped knowledge base, indexed once for every test that uses this helper (the index is read-only). */
    private static final class Index {
        static final HybridKnowledgeRetriever RETRIEVER = ShippedKnowledge.retriever();
    }

    /** An answerer reading the mood of each message, remembering the chat's questions in {@code recent}. */
    static KnowledgeAnswerer withMood(RecentQuestions recent) {
        return new KnowledgeAnswerer(Index.RETRIEVER, List.of(new ExtractiveComposer()), recent,
                SentimentClassifier.offline(), new TurnDecider(), null, null, null, null);
    }

    /** The decision on one message opening a chat. */
    static Decision decide(String text) {
        return withMood(RecentQuestions.NONE).answer(IncomingMessage.text("test", 1, 42, text)).decision();
    }

    /** The decision on {@code second}, sent in a chat right after {@code first} (the chat remembers its questions). */
    static Decision after(String first, String second) {
        return last(first, second);
    }

    /** The decision on the last of {@code turns}, sent one after another in a chat (it remembers questions and messages). */
    static Decision last(String... turns) {
        KnowledgeAnswerer answerer = withMood(new InMemoryRecentQuestions())
                .rememberingMessagesIn(new InMemoryRecentMessages());
        Decision decision = null;
        for (int i = 0; i < turns.length; i++) {
            decision = answerer.answer(IncomingMessage.text("test", i + 1, 42, turns[i])).decision();
        }
        return decision;
    }

    /**
     * The same, with the approved entries' texts at hand as the service has them ({@link EntryCatalog}): what reads an
     * entry's body (a clarification, an entry that says a service is free) is decided as it is in a chat.
     */
    static Decision decideAsServed(String text) {
        return new KnowledgeAnswerer(Index.RETRIEVER, List.of(new ExtractiveComposer()), RecentQuestions.NONE,
                SentimentClassifier.offline(), new TurnDecider(), null, EntryCatalog.of(Index.RETRIEVER.knowledgeBase()),
                ChoiceMemory.NONE, null).answer(IncomingMessage.text("test", 1, 42, text)).decision();
    }
}
