package id.sigap.conversation;

/**
 * The seam where a citizen's free-text question is answered or handed off. The retrieval and
 * sentiment features provide the real implementation; until one is present the pipeline uses
 * {@link NotYetAnswering}.
 */
public interface QuestionAnswerer {

    ConversationResult answer(IncomingMessage message);
}
