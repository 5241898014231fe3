package id.sigap.conversation;

import java.util.List;

/** The last few questions of each chat, so that a short follow-up can be read in context. */
public interface RecentQuestions {

    /** Keeps nothing: each question stands alone (evaluation, benchmarks). */
    RecentQuestions NONE = new RecentQuestions() {
        @Override
        public List<String> recent(String channel, long chatId) {
            return List.of();
        }

        @Override
        public void remember(String channel, long chatId, String question) {
        }

        @Override
        public void reread(String channel, long chatId, String question, String asRead) {
        }
    };

    /** Most recent first. */
    List<String> recent(String channel, long chatId);

    void remember(String channel, long chatId, String question);

    /**
     * The chat's latest question, when it is still {@code question}, is kept as {@code asRead} instead: a follow-up
     * read in the context of the question before it ("bisa online gk" after a question on the business number) is
     * remembered with that context, so that the follow-up after it ("biayanya brp") reads the conversation's topic too.
     */
    void reread(String channel, long chatId, String question, String asRead);

    /**
     * {@link #recent} as it was, then {@link #remember} {@code question}: in one step where the store can.
     * Most recent first.
     */
    default List<String> recentThenRemember(String channel, long chatId, String question) {
        // A copy: a store may hand out a live view of what remember() changes.
        List<String> before = List.copyOf(recent(channel, chatId));
        remember(channel, chatId, question);
        return before;
    }
}
