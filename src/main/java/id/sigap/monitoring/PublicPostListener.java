package id.sigap.monitoring;

import id.sigap.conversation.ChatDataDeletionRequested;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.IncomingMessage.Kind;
import id.sigap.conversation.TurnCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Takes monitored posts from the turns the pipeline finished: posts of channels where the bot is an
 * administrator (Telegram only sends {@code channel_post} there) and messages in groups staff opted in.
 * Also counts what citizens asked the bot (for the brief), and forgets an account's posts on {@code /hapus}.
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
            if (m.text().isBlank() || m.command() != null) {
                return;
            }
            String chat = pseudonyms.of("telegram", m.chatId());
            if (m.kind() == Kind.CHANNEL_POST || m.chatType() == ChatType.CHANNEL) {
                intake.take(new CollectedPost(SourceKind.CHANNEL, "kanal-" + chat, m.receivedAt(), null, m.text(), "kanal-" + chat));
            } else if ((m.chatType() == ChatType.GROUP || m.chatType() == ChatType.SUPERGROUP) && m.kind() == Kind.TEXT
                    && optIns.watched(m.chatId())) {
                String author = m.userId() == null ? "grup-" + chat : "akun-" + pseudonyms.of("telegram-user", m.userId());
                intake.take(new CollectedPost(SourceKind.GROUP, "grup-" + chat, m.receivedAt(), null, m.text(), author));
            } else if (m.chatType() == ChatType.PRIVATE && m.kind() == Kind.TEXT) {
                asked.count(m.text(), m.receivedAt());
            }
        } catch (RuntimeException e) {
            log.warn("Monitoring skipped a message: {}", e.toString());
        }
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        if (!"telegram".equals(request.channel())) {
            return;
        }
        // In Telegram a private chat's id is the user's id: the account's posts in groups go too.
        String author = "akun-" + pseudonyms.of("telegram-user", request.chatId());
        int removed = items.forgetAuthor(author);
        posts.forgetAuthor(author);
        if (removed > 0) {
            log.info("Deletion request: {} monitored items removed", removed);
        }
    }
}
