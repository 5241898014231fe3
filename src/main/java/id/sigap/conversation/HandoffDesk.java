package id.sigap.conversation;

import java.util.Optional;

/**
 * What the conversation pipeline needs from the handoff feature (which implements it): messages it
 * takes over (the staff group, chats held by staff, handoff buttons) and opening a handoff.
 */
public interface HandoffDesk {

    /** Handles the message when it belongs to the handoff side; empty to let the bot answer it. */
    Optional<ConversationResult> intercept(IncomingMessage message);

    /** Opens (or joins) a handoff for a HANDOFF decision; returns the replies to send instead. */
    ConversationResult open(IncomingMessage message, ConversationResult decided);
}
