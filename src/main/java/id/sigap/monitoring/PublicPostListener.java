package id.sigap.monitoring;

import id.sigap.conversation.ChatDataDeletionRequested;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.IncomingMessage.Kind;
import id.sigap.conversation.TurnCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import java.util.Optional;

/**
 * Takes monitored posts from the turns the pipeline finished: posts of channels where the bot is an
 * administrator (Telegram only sends {@code channel_post} there), messages in groups staff opted in, and
 * what citizens ask Sigap in private chats (redacted, under a pseudonym of the chat; trials of the public
 * simulator are left out). An edited post or message revises the item it became instead of making a second
 * one. Also counts what citizens asked (for the brief), and forgets a chat's items on {@code /hapus}.
 * Never fails the turn.
 */
final class PublicPostListener {

    private static final Logger log = LoggerFactory.getLogger(PublicPostListener.class);

    private final ItemIntake intake;
    private final GroupOptIns optIns;
    private final Pseudonyms pseudonyms;
    private final ItemStore items;
    private final PostLog posts;
    private final AskedQuestions asked;

    PublicPostListener(ItemIntake intake, GroupOptIns optIns, Pseudonyms pseudonyms, ItemStore items, PostLog posts,
                       AskedQuestions asked) {
        this.intake = intake;
        this.optIns = optIns;
        this.pseudonyms = pseudonyms;
        this.items = items;
        this.posts = posts;
        this.asked = asked;
    }

    @EventListener
    void on(TurnCompleted turn) {
        IncomingMessage m = turn.message();
        try {
            if (m.text().isBlank() || m.command() != null || IncomingMessage.trial(m.channel())) {
                return;
            }
            Optional<CollectedPost> post = postOf(m);
            if (post.isEmpty()) {
                return;
            }
            String message = m.messageId() == null ? null
                    : m.channel() + ":" + pseudonyms.of(m.channel(), m.chatId()) + ":" + m.messageId();
            if (m.kind() == Kind.EDITED && message != null) {
                Optional<String> itemId = items.itemOfMessage(message);
                if (itemId.isPresent()) {
                    // The item may be gone (retention, /hapus): then the edit brings nothing back.
                    items.find(itemId.get()).ifPresent(stored -> intake.revise(stored, m.text()));
                    return;
                }
            }
            if (post.get().kind() == SourceKind.CONVERSATION && m.kind() == Kind.TEXT) {
                asked.count(m.text(), m.receivedAt(), citizen(m.channel(), m.chatId()));
            }
            // A new item also remembers which message it came from (for an edit), in the same step.
            intake.take(post.get(), message);
        } catch (RuntimeException e) {
            log.warn("Monitoring skipped a message: {}", e.toString());
        }
    }

    private Optional<CollectedPost> postOf(IncomingMessage m) {
        String chat = pseudonyms.of(m.channel(), m.chatId());
        boolean textual = m.kind() == Kind.TEXT || m.kind() == Kind.EDITED;
        if (m.kind() == Kind.CHANNEL_POST || m.chatType() == ChatType.CHANNEL) {
            return Optional.of(new CollectedPost(SourceKind.CHANNEL, "kanal-" + chat, m.receivedAt(), null, m.text(), "kanal-" + chat));
        }
        if ((m.chatType() == ChatType.GROUP || m.chatType() == ChatType.SUPERGROUP) && textual && optIns.watched(m.chatId())) {
            String author = m.userId() == null ? "grup-" + chat : "akun-" + pseudonyms.of(m.channel() + "-user", m.userId());
            return Optional.of(new CollectedPost(SourceKind.GROUP, "grup-" + chat, m.receivedAt(), null, m.text(), author));
        }
        if (m.chatType() == ChatType.PRIVATE && textual) {
            return Optional.of(new CollectedPost(SourceKind.CONVERSATION, "sigap-" + m.channel(), m.receivedAt(), null,
                    m.text(), citizen(m.channel(), m.chatId())));
        }
        return Optional.empty();
    }

    private String citizen(String channel, long chatId) {
        return citizen(pseudonyms, channel, chatId);
    }

    /** How a citizen who asks Sigap is named in monitoring: by a pseudonym of the chat. */
    static String citizen(Pseudonyms pseudonyms, String channel, long chatId) {
        return "warga-" + pseudonyms.of(channel, chatId);
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        // What the chat asked Sigap goes, whatever the channel.
        int removed = items.forgetAuthor(citizen(request.channel(), request.chatId()));
        if ("telegram".equals(request.channel())) {
            // In Telegram a private chat's id is the user's id: the account's posts in groups go too.
            String author = "akun-" + pseudonyms.of("telegram-user", request.chatId());
            removed += items.forgetAuthor(author);
            posts.forgetAuthor(author);
        }
        if (removed > 0) {
            log.info("Deletion request: {} monitored items removed", removed);
        }
    }
}
