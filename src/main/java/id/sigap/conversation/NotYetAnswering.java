package id.sigap.conversation;

import java.util.List;

/** Says honestly that the bot cannot answer questions yet. Used only when no other answerer exists. */
final class NotYetAnswering implements QuestionAnswerer {

    @Override
    public ConversationResult answer(IncomingMessage message) {
        return new ConversationResult(List.of(Reply.text(BotTexts.NOT_YET_ABLE)),
                Decision.because(Decision.Outcome.FALLBACK, Reason.NOT_ANSWERING));
    }
}
