package id.sigap.conversation;

import java.util.ArrayList;
import java.util.List;

/** One chat's last messages, newest first, as the Redis store keeps them (for unit tests). */
final class InMemoryRecentMessages implements RecentMessages {

    private final List<String> said = new ArrayList<>();

    @Override
    public List<String> beforeThenRemember(String channel, long chatId, String text) {
        List<String> before = List.copyOf(said.subList(Math.max(0, said.size() - RedisRecentMessages.KEEP), said.size()))
                .reversed();
        said.add(text);
        return before;
    }

    /** Every message kept, oldest first (what a store would hold). */
    List<String> kept() {
        return List.copyOf(said);
    }
}
