package id.sigap.conversation;

import java.util.List;

/**
 * The last few messages of a chat as the citizen wrote them (redacted), whatever each was: a question, a fragment, a
 * greeting. A danger is often told in pieces ("air masuk rumah", "udh sepinggang", "ada nenek sy gk bs jalan"), and
 * only the pieces read together name it.
 */
public interface RecentMessages {

    /** Keeps nothing: each message stands alone (evaluation, benchmarks). */
    RecentMessages NONE = (channel, chatId, text) -> List.of();

    /** The messages before this one, newest first, then {@code text} remembered: one step. */
    List<String> beforeThenRemember(String channel, long chatId, String text);
}
