package id.sigap.broadcast;

import id.sigap.texts.Texts;
import id.sigap.conversation.ChatDataDeletionRequested;
import id.sigap.conversation.CommandHandler;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Button;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The citizen's side of official updates: {@code /langganan} shows the areas as buttons (a press
 * subscribes or unsubscribes, the buttons show the state), {@code /berhenti} ends every subscription at
 * once, {@code /hapus} too. Nobody is subscribed except by their own press.
 */
@Component
@Order(0)
class SubscriptionCommands implements CommandHandler {

    static final String DATA = "sub:";
    static final String DONE = DATA + "ok";

    private final Subscriptions subscriptions;
    private final Areas areas;
    private final BroadcastStore store;

    SubscriptionCommands(Subscriptions subscriptions, Areas areas, BroadcastStore store) {
        this.subscriptions = subscriptions;
        this.areas = areas;
        this.store = store;
    }

    @Override
    public Optional<ConversationResult> handle(IncomingMessage message) {
        if (message.chatType() != IncomingMessage.ChatType.PRIVATE) {
            String command = message.command();
            boolean ours = command != null && List.of("langganan", "subscribe", "berhenti", "unsubscribe").contains(command);
            return ours && message.chatType() != IncomingMessage.ChatType.CHANNEL
                    ? Optional.of(result(Outcome.COMMAND, List.of(Reply.text(BroadcastTexts.PRIVATE_ONLY)), "command:" + command,
                    "not-private"))
                    : Optional.empty();
        }
        if (message.kind() == IncomingMessage.Kind.CALLBACK) {
            String data = message.callbackData() == null ? "" : message.callbackData();
            return data.startsWith(DATA) ? Optional.of(pressed(message, data.substring(DATA.length()))) : Optional.empty();
        }
        String command = message.command();
        if (command == null) {
            return Optional.empty();
        }
        return switch (command) {
            case "langganan", "subscribe" -> Optional.of(choose(message));
            case "berhenti", "stop", "unsubscribe" -> Optional.of(stop(message));
            default -> Optional.empty();
        };
    }

    private ConversationResult choose(IncomingMessage message) {
        if (!telegram(message)) {
            return result(Outcome.COMMAND, List.of(Reply.text(BroadcastTexts.ONLY_TELEGRAM)), "command:langganan", "not-telegram");
        }
        Reply menu = Reply.text(BroadcastTexts.CHOOSE).withButtons(buttons(subscriptions.areasOf(message.chatId())));
        return result(Outcome.COMMAND, List.of(menu), "command:langganan");
    }

    private ConversationResult stop(IncomingMessage message) {
        int had = telegram(message) ? subscriptions.unsubscribeAll(message.chatId()) : 0;
        return result(Outcome.COMMAND, List.of(Reply.text(had > 0 ? BroadcastTexts.STOPPED : BroadcastTexts.NOT_SUBSCRIBED)),
                "command:berhenti", "unsubscribed:" + had);
    }

    private ConversationResult pressed(IncomingMessage message, String code) {
        if (!telegram(message)) {
            return result(Outcome.IGNORED, List.of(Reply.notice(BroadcastTexts.ONLY_TELEGRAM)), "subscribe:refused");
        }
        long chat = message.chatId();
        if (code.equals("ok")) {
            Set<String> mine = subscriptions.areasOf(chat);
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.notice(Texts.citizen(mine.isEmpty() ? "broadcast.none-chosen-notice" : "broadcast.saved-notice")));
            if (message.messageId() != null) {
                replies.add(Reply.text("").withButtons(List.of()).routed(Reply.Routing.editButtons(message.messageId())));
            }
            replies.add(Reply.text(mine.isEmpty() ? BroadcastTexts.NONE_CHOSEN : BroadcastTexts.confirmed(names(mine))));
            return result(Outcome.COMMAND, replies, "subscribe:done", "areas:" + mine.size());
        }
        Optional<Area> area = areas.find(code).filter(a -> a.code().equals(code));
        if (area.isEmpty()) {
            // An area the operator removed, or forged data: say so, change nothing.
            return result(Outcome.IGNORED, List.of(Reply.notice(Texts.citizen("broadcast.unknown-area"))),
                    "subscribe:unknown-area");
        }
        // One chat's messages are handled one at a time, so the set read here stays true while it is changed.
        Set<String> mine = new HashSet<>(subscriptions.areasOf(chat));
        boolean subscribed = !mine.contains(code);
        if (subscribed) {
            subscriptions.subscribe(chat, area.get());
            mine.add(code);
        } else {
            subscriptions.unsubscribe(chat, area.get());
            mine.remove(code);
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.notice(BroadcastTexts.toggled(subscribed, area.get().name())));
        if (message.messageId() != null) {
            replies.add(Reply.text("").withButtons(buttons(mine))
                    .routed(Reply.Routing.editButtons(message.messageId())));
        } else {
            replies.add(Reply.text(BroadcastTexts.toggled(subscribed, area.get().name())));
        }
        return result(Outcome.COMMAND, replies, (subscribed ? "subscribe:" : "unsubscribe:") + code);
    }

    private List<List<Button>> buttons(Set<String> mine) {
        List<List<Button>> rows = new ArrayList<>();
        for (Area area : areas.choices()) {
            String mark = mine.contains(area.code()) ? "✅ " : "▫️ ";
            rows.add(List.of(new Button(mark + area.name(), DATA + area.code())));
        }
        rows.add(List.of(new Button(BroadcastTexts.DONE_BUTTON, DONE)));
        return rows;
    }

    private List<String> names(Set<String> codes) {
        return areas.choices().stream().filter(a -> codes.contains(a.code())).map(Area::name).toList();
    }

    private static boolean telegram(IncomingMessage message) {
        return "telegram".equals(message.channel());
    }

    private static ConversationResult result(Outcome outcome, List<Reply> replies, String... reasons) {
        return new ConversationResult(replies, Decision.of(outcome, reasons));
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        if ("telegram".equals(request.channel())) {
            subscriptions.unsubscribeAll(request.chatId());
            store.forgetChat(request.chatId());
        }
    }
}
