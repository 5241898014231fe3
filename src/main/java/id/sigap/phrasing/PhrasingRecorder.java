package id.sigap.phrasing;

import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.FeedbackGiven;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reason;
import id.sigap.conversation.TurnCompleted;
import id.sigap.handoff.SuggestionUsed;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.privacy.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Listens to what citizens and staff do and proposes phrasings: the question behind an offer of choices
 * when the citizen takes one of them, the question an answer was given to when the citizen presses 👍
 * under it, the citizen's last message when staff send a suggested entry. Every question is redacted
 * before it is kept; the question waiting for a tap or a 👍 is kept briefly
 * ({@code sigap:phrasing:asked:…}, {@code sigap:phrasing:answered:…}). A phrasing the entry already has
 * is not proposed. Trials (the public simulator) propose nothing. Failures are logged, never passed on.
 */
@Component
class PhrasingRecorder {

    private static final Logger log = LoggerFactory.getLogger(PhrasingRecorder.class);
    private static final Pattern PLACEHOLDER_ONLY = Pattern.compile("\\[[a-z_]+\\]");
    private static final RedisScript<Long> REMEMBER_ANSWERED =
            RedisScript.of(new ClassPathResource("lua/phrasing/remember-answered.lua"), Long.class);

    private final ProposalStore store;
    private final StringRedisTemplate redis;
    private final LiveKnowledgeBase knowledge;
    private final PhrasingSettings settings;

    PhrasingRecorder(ProposalStore store, StringRedisTemplate redis, LiveKnowledgeBase knowledge, PhrasingSettings settings) {
        this.store = store;
        this.redis = redis;
        this.knowledge = knowledge;
        this.settings = settings;
    }

    private static String asked(String chatKey) {
        return ProposalStore.PREFIX + "asked:" + chatKey;
    }

    private static String answered(String chatKey) {
        return ProposalStore.PREFIX + "answered:" + chatKey;
    }

    @EventListener
    void on(TurnCompleted turn) {
        IncomingMessage m = turn.message();
        if (IncomingMessage.trial(m.channel()) || m.chatType() != IncomingMessage.ChatType.PRIVATE) {
            return;
        }
        try {
            record(m, turn.result().decision(), turn.completedAt());
        } catch (RuntimeException e) {
            log.warn("Could not record a phrasing: {}", e.getMessage());
        }
    }

    private void record(IncomingMessage m, Decision d, Instant at) {
        String chatKey = ProposalStore.chatKey(m.channel(), m.chatId());
        boolean question = m.kind() == IncomingMessage.Kind.TEXT && m.command() == null && m.text() != null
                && !m.text().isBlank();
        if (d.outcome() == Outcome.CHOICES && question) {
            redis.opsForValue().set(asked(chatKey), Redactor.redact(m.text().strip()), settings.choiceWindow());
            return;
        }
        if (d.outcome() != Outcome.ANSWER || d.entryId() == null) {
            return;
        }
        String text;
        if (d.reasons().contains(Reason.CHOICE_TAKEN)) {
            text = redis.opsForValue().getAndDelete(asked(chatKey));
            if (text != null) {
                propose(d.entryId(), text, PhrasingSource.CHOICE, chatKey, at);
            }
        } else {
            text = question ? Redactor.redact(m.text().strip()) : null;
        }
        if (text != null) {
            redis.execute(REMEMBER_ANSWERED, List.of(answered(chatKey)), d.entryId(), text,
                    String.valueOf(settings.answerWindow().toMillis()));
        }
    }

    @EventListener
    void on(FeedbackGiven feedback) {
        if (!feedback.helpful() || feedback.entryId() == null || IncomingMessage.trial(feedback.channel())) {
            return;
        }
        try {
            String chatKey = ProposalStore.chatKey(feedback.channel(), feedback.chatId());
            Object text = redis.opsForHash().get(answered(chatKey), feedback.entryId());
            if (text != null) {
                propose(feedback.entryId(), (String) text, PhrasingSource.THUMBS_UP, chatKey, feedback.at());
            }
        } catch (RuntimeException e) {
            log.warn("Could not record a phrasing: {}", e.getMessage());
        }
    }

    @EventListener
    void on(SuggestionUsed used) {
        if (used.question() == null || IncomingMessage.trial(used.channel())) {
            return;
        }
        try {
            propose(used.entryId(), Redactor.redact(used.question().strip()), PhrasingSource.STAFF_SUGGESTION,
                    ProposalStore.chatKey(used.channel(), used.chatId()), used.at());
        } catch (RuntimeException e) {
            log.warn("Could not record a phrasing: {}", e.getMessage());
        }
    }

    /** The {@code /hapus} part: the questions waiting for a tap or a 👍, and the chat in every proposal. */
    long erase(String channel, long chatId) {
        String chatKey = ProposalStore.chatKey(channel, chatId);
        redis.delete(List.of(asked(chatKey), answered(chatKey)));
        return store.forgetChat(chatKey);
    }

    /** Proposes, unless the text is empty once redacted or the entry already has these words. */
    void propose(String entryId, String redacted, PhrasingSource source, String chatKey, Instant at) {
        String normal = Phrasings.normalise(redacted);
        if (normal.isEmpty() || PLACEHOLDER_ONLY.matcher(redacted.strip()).matches()) {
            return;
        }
        Optional<KnowledgeEntry> entry = knowledge.current().entry(entryId);
        if (entry.isEmpty()) {
            return;
        }
        boolean known = Phrasings.normalise(entry.get().title()).equals(normal)
                || entry.get().questions().stream().anyMatch(q -> Phrasings.normalise(q).equals(normal));
        if (!known) {
            store.propose(entryId, redacted, source, chatKey, at);
        }
    }
}
