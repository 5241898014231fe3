package id.sigap.conversation;

import id.sigap.privacy.Redactor;
import id.sigap.texts.Texts;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.IncomingMessage.Kind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The pipeline for one incoming message, the same for Telegram, the console and the web simulator:
 * commands and non-text content are handled here; a free-text question goes to the
 * {@link QuestionAnswerer}.
 */
@Service
public class ConversationService {

    /** Longest text the pipeline reads; Telegram itself caps messages at 4096 characters. */
    static final int MAX_TEXT = 4096;

    private final QuestionAnswerer answerer;
    private final ApplicationEventPublisher events;
    private final HandoffDesk handoffs;
    private final AnswerNotices notices;
    private final List<CommandHandler> commandHandlers;
    private ContinuedNumbers numbers;

    ConversationService(ObjectProvider<QuestionAnswerer> answerer, ApplicationEventPublisher events,
                               ObjectProvider<HandoffDesk> handoffs) {
        this(answerer, events, handoffs, null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ConversationService(ObjectProvider<QuestionAnswerer> answerer, ApplicationEventPublisher events,
                               ObjectProvider<HandoffDesk> handoffs, ObjectProvider<AnswerNotices> notices,
                               ObjectProvider<CommandHandler> commandHandlers) {
        this.answerer = answerer.getIfAvailable(NotYetAnswering::new);
        this.events = events;
        this.handoffs = handoffs.getIfAvailable();
        this.notices = notices == null ? null : notices.getIfAvailable();
        this.commandHandlers = commandHandlers == null ? List.of() : commandHandlers.orderedStream().toList();
    }

    /** Reads a number a citizen sends over several messages (absent where there is no Redis: unit tests). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setContinuedNumbers(ContinuedNumbers numbers) {
        this.numbers = numbers;
    }

    public ConversationResult handle(IncomingMessage received) {
        long start = System.nanoTime();
        // the rest of a number the chat's last message began is replaced before anything reads the text
        IncomingMessage message = numbers == null || received.chatType() != ChatType.PRIVATE ? received
                : numbers.read(received);
        ConversationResult result = route(message);
        events.publishEvent(new TurnCompleted(message, result, java.time.Instant.now(), (System.nanoTime() - start) / 1000));
        return result;
    }

    private ConversationResult route(IncomingMessage message) {
        boolean anyGroup = message.chatType() == ChatType.GROUP || message.chatType() == ChatType.SUPERGROUP;
        if (anyGroup && (handoffs == null || !handoffs.ownsGroup(message))) {
            // Only private chats and the staff group act: in any other group the bot was added to, no
            // member can open handoffs, delete data or make the bot speak; only staff commands meant for
            // community groups are heard there.
            for (CommandHandler handler : commandHandlers) {
                if (handler.actsInOtherGroups()) {
                    java.util.Optional<ConversationResult> handled = handler.handle(message);
                    if (handled.isPresent()) {
                        return handled.get();
                    }
                }
            }
            return ConversationResult.ignored("unknown-group");
        }
        for (CommandHandler handler : commandHandlers) {
            java.util.Optional<ConversationResult> handled = handler.handle(message);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        if (handoffs != null) {
            java.util.Optional<ConversationResult> handled = handoffs.intercept(message);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        if (message.chatType() == ChatType.CHANNEL || message.kind() == Kind.CHANNEL_POST) {
            return ConversationResult.ignored("channel-post");
        }
        if (message.kind() == Kind.MEMBERSHIP) {
            return ConversationResult.ignored("service-message");
        }
        boolean group = message.chatType() == ChatType.GROUP || message.chatType() == ChatType.SUPERGROUP;
        if (group && message.command() == null) {
            // In public groups the bot speaks only when addressed with a command.
            return ConversationResult.ignored("group-chat");
        }
        return switch (message.kind()) {
            case TEXT -> text(message);
            case CALLBACK -> answerer.choice(message).map(result -> handOffIfDecided(message, result))
                    .orElseGet(() -> one(BotTexts.UNKNOWN_BUTTON, Outcome.IGNORED, "callback:unknown"));
            case STICKER -> unsupported(BotTexts.STICKER, "sticker");
            case PHOTO -> unsupported(BotTexts.MEDIA.formatted(Texts.citizen("bot.media-kind.photo")), "photo");
            case VOICE, AUDIO -> unsupported(BotTexts.MEDIA.formatted(Texts.citizen("bot.media-kind.voice")), "voice");
            case VIDEO -> unsupported(BotTexts.MEDIA.formatted(Texts.citizen("bot.media-kind.video")), "video");
            case DOCUMENT -> unsupported(BotTexts.MEDIA.formatted(Texts.citizen("bot.media-kind.document")), "document");
            case CONTACT -> unsupported(BotTexts.MEDIA.formatted(Texts.citizen("bot.media-kind.contact")), "contact");
            case LOCATION -> unsupported(BotTexts.LOCATION, "location");
            case EDITED -> one(BotTexts.EDITED, Outcome.IGNORED, "edited-message");
            case OTHER -> unsupported(BotTexts.MEDIA.formatted(Texts.citizen("bot.media-kind.other")), "other-content");
            case CHANNEL_POST, MEMBERSHIP -> ConversationResult.ignored("service-message");
        };
    }

    private ConversationResult text(IncomingMessage message) {
        String command = message.command();
        if (command != null) {
            return command(command, message);
        }
        String text = message.text().strip();
        if (text.isEmpty()) {
            return one(BotTexts.EMPTY, Outcome.IGNORED, "empty");
        }
        java.util.Optional<ConversationResult> picked = answerer.choice(message);
        if (picked.isPresent()) {
            return withNotice(message, handOffIfDecided(message, picked.get()));
        }
        if (text.length() > MAX_TEXT) {
            // Cut where no personal data is split (a value across the limit is left out whole): the handoff keeps the
            // cut text as written beside its redacted form, and fifteen digits of a NIK would pass any redactor.
            IncomingMessage cut = withText(message, Redactor.cut(text, MAX_TEXT));
            ConversationResult result = withNotice(cut, handOffIfDecided(cut, answerer.answer(cut)));
            List<Reply> replies = new java.util.ArrayList<>();
            replies.add(Reply.text(BotTexts.TOO_LONG.formatted(MAX_TEXT)));
            replies.addAll(result.replies());
            return new ConversationResult(replies, result.decision(), result.signals());
        }
        return withNotice(message, handOffIfDecided(message, answerer.answer(message)));
    }

    /** An answer on a topic with an active crisis notice carries the notice first. */
    private ConversationResult withNotice(IncomingMessage message, ConversationResult result) {
        Decision decision = result.decision();
        if (notices == null || decision.outcome() != Outcome.ANSWER || decision.entryId() == null) {
            return result;
        }
        return notices.noticeFor(message.text(), List.of(decision.entryId())).map(notice -> {
            List<Reply> replies = new java.util.ArrayList<>();
            replies.add(notice);
            replies.addAll(result.replies());
            return new ConversationResult(replies, decision.with(Reason.CRISIS_NOTICE), result.signals());
        }).orElse(result);
    }

    /** The handoff desk opens a handoff the answerer decided on, and keeps staff informed of a waiting chat. */
    private ConversationResult handOffIfDecided(IncomingMessage message, ConversationResult result) {
        if (handoffs == null) {
            return result;
        }
        ConversationResult settled = handoffs.settle(message, result);
        if (!result.decision().offered().isEmpty() && settled.decision().offered().isEmpty()) {
            answerer.withdrawOffer(message.channel(), message.chatId());
        }
        return settled;
    }

    private ConversationResult command(String command, IncomingMessage message) {
        return switch (command) {
            case "start" -> command(BotTexts.START.formatted(greetingName(message)), "command:start");
            case "help", "bantuan" -> command(BotTexts.HELP, "command:help");
            case "privasi", "privacy" -> command(BotTexts.PRIVACY, "command:privasi");
            case "hapus" -> {
                events.publishEvent(new ChatDataDeletionRequested(message.channel(), message.chatId()));
                yield new ConversationResult(List.of(Reply.text(BotTexts.DELETED)),
                        Decision.because(Outcome.COMMAND, Reason.COMMAND, Reason.DATA_ERASED).withNote("command:hapus"));
            }
            case "petugas" -> handOffIfDecided(message, new ConversationResult(List.of(Reply.text(BotTexts.HUMAN_REQUESTED)),
                    Decision.handoff(Priority.NORMAL, List.of(Reason.ASKED_FOR_HUMAN)).withNote("command:petugas")));
            default -> command(BotTexts.UNKNOWN_COMMAND, "command:unknown");
        };
    }

    private static String greetingName(IncomingMessage message) {
        String name = message.userName();
        return name == null || name.isBlank() ? "" : " " + name.strip();
    }

    private static IncomingMessage withText(IncomingMessage m, String text) {
        return new IncomingMessage(m.updateId(), m.channel(), m.chatId(), m.chatType(), m.userId(), m.userName(),
                m.messageId(), m.kind(), text, m.callbackId(), m.callbackData(), m.threadId(),
                m.replyToMessageId(), m.languageCode(), m.receivedAt());
    }

    private static ConversationResult one(String text, Outcome outcome, String... notes) {
        return new ConversationResult(List.of(Reply.text(text)), Decision.of(outcome, notes));
    }

    private static ConversationResult command(String text, String note) {
        return new ConversationResult(List.of(Reply.text(text)), Decision.because(Outcome.COMMAND, Reason.COMMAND)
                .withNote(note));
    }

    private static ConversationResult unsupported(String text, String note) {
        return new ConversationResult(List.of(Reply.text(text)),
                Decision.because(Outcome.UNSUPPORTED, Reason.UNSUPPORTED_CONTENT).withNote(note));
    }
}
