package id.sigap.conversation;

import java.util.Optional;

/**
 * A feature that owns some commands or buttons (for example subscriptions: {@code /langganan}, its area
 * buttons). Consulted before everything else in the pipeline, in {@code @Order}; the first that returns
 * a result handles the message.
 */
public interface CommandHandler {

    /** The result when the message is this feature's; empty to pass it on. */
    Optional<ConversationResult> handle(IncomingMessage message);

    /**
     * True for a command staff use in groups other than the staff group (community groups they watch). Every
     * other message in such a group is ignored, so a handler that says true must answer staff only there.
     */
    default boolean actsInOtherGroups() {
        return false;
    }
}
