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
    };

    /** Most recent first. */
    List<String> recent(String channel, long chatId);

    void remember(String channel, long chatId, String question);

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
