package id.sigap.conversation;

import java.util.Optional;

/**
 * What the conversation pipeline needs from the handoff feature (which implements it): messages it
 * takes over (the staff group, chats claimed by staff, handoff buttons) and settling the bot's decision
 * (opening a handoff, passing a waiting chat's messages to staff).
 */
public interface HandoffDesk {

    /** Handles the message when it belongs to the handoff side; empty to let the bot answer it. */
    Optional<ConversationResult> intercept(IncomingMessage message);

    /**
     * After the bot decided: a HANDOFF decision opens (or joins) a handoff, and a message from a chat
     * waiting in the queue is also passed to staff. Returns the replies to send.
     */
    ConversationResult settle(IncomingMessage message, ConversationResult decided);

    /**
     * True for a group chat the handoff side owns (the configured staff group). The bot acts in no other
     * group: commands there are ignored, so nobody can open handoffs or delete data from a public group.
     */
    default boolean ownsGroup(IncomingMessage message) {
        return false;
    }
}
