package id.sigap.conversation;

import java.util.List;

/** The replies to one incoming message, the decision behind them, and the signals that led there. */
public record ConversationResult(List<Reply> replies, Decision decision, TurnSignals signals) {

    public ConversationResult {
        replies = replies == null ? List.of() : List.copyOf(replies);
        signals = signals == null ? TurnSignals.NONE : signals;
    }

    public ConversationResult(List<Reply> replies, Decision decision) {
        this(replies, decision, TurnSignals.NONE);
    }

    public static ConversationResult ignored(String reason) {
        return new ConversationResult(List.of(), Decision.of(Decision.Outcome.IGNORED, reason));
    }
}
