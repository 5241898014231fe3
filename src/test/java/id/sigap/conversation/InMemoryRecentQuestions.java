package id.sigap.conversation;

import java.util.ArrayList;
import java.util.List;

/** One chat's memory of its questions, newest first, as the Redis one keeps it (for unit tests). */
final class InMemoryRecentQuestions implements RecentQuestions {

    private final List<String> remembered = new ArrayList<>();

    @Override
    public List<String> recent(String channel, long chatId) {
        return remembered.reversed();
    }

    @Override
    public void remember(String channel, long chatId, String question) {
        remembered.add(question);
    }

    @Override
    public void reread(String channel, long chatId, String question, String asRead) {
        if (!remembered.isEmpty() && remembered.getLast().equals(question)) {
            remembered.set(remembered.size() - 1, asRead);
        }
    }
}
