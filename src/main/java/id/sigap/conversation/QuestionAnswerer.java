package id.sigap.conversation;

/**
 * The seam where a citizen's free-text question is answered or handed off. The retrieval and
 * sentiment features provide the real implementation; until one is present the pipeline uses
 * {@link NotYetAnswering}.
 */
public interface QuestionAnswerer {

    ConversationResult answer(IncomingMessage message);

    /**
     * The citizen's pick among choices offered earlier (a button, or a number typed in the web simulator
     * or the terminal); empty when the message is no such pick. A button naming no live offer is refused.
     */
    default java.util.Optional<ConversationResult> choice(IncomingMessage message) {
        return java.util.Optional.empty();
    }

    /**
     * Forgets the choices last offered to the chat (the handoff desk replaced the offer with a word of its
     * own), so that a number typed afterwards picks from nothing the citizen was shown.
     */
    default void withdrawOffer(String channel, long chatId) {
    }
}
