package id.sigap.handoff;

import id.sigap.conversation.Reply;

import java.util.List;
import java.util.Optional;

/**
 * Where staff are reached (the Telegram staff group). Absent when no staff group is configured: then
 * handoffs wait in the web console.
 */
public interface StaffChannel {

    /** The staff group's chat id. */
    long staffChatId();

    /** Opens a forum topic for a conversation; empty when the group has no topics or it failed. */
    Optional<Long> openTopic(String name);

    /** Delivers routed replies outside of any incoming message (reminders, actions from the web). */
    void post(List<Reply> replies);
}
