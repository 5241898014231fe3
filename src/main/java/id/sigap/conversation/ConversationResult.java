package id.sigap.conversation;

import java.util.List;

/** The replies to one incoming message and the decision behind them. */
public record ConversationResult(List<Reply> replies, Decision decision) {

    public ConversationResult {
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    public static ConversationResult ignored(String reason) {
        return new ConversationResult(List.of(), Decision.of(Decision.Outcome.IGNORED, reason));
    }
}
