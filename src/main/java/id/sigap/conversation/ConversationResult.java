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

    /** A message never meant for the bot (a group message, a channel post, a service message). */
    public static ConversationResult ignored(String note) {
        return new ConversationResult(List.of(), Decision.because(Decision.Outcome.IGNORED, Reason.NOT_FOR_THE_BOT)
                .withNote(note));
    }
}
