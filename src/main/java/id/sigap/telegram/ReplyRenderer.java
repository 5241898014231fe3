package id.sigap.telegram;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.conversation.Reply.Button;
import id.sigap.conversation.Reply.Routing;
import id.sigap.conversation.Priority;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns the pipeline's replies into Bot API calls: HTML-escaped, split to Telegram's size, buttons last. */
final class ReplyRenderer {

    private ReplyRenderer() {
    }

    static List<OutgoingMessage> render(IncomingMessage in, ConversationResult result) {
        List<OutgoingMessage> out = new ArrayList<>();
        String notice = null;
        for (Reply reply : result.replies()) {
            if (reply.routing() != null && reply.routing().kind() == Routing.Kind.NOTICE) {
                notice = reply.text();
            }
        }
        if (in.kind() == IncomingMessage.Kind.CALLBACK && in.callbackId() != null) {
            // Always answer a button press, or the citizen's client shows a spinner.
            out.add(OutgoingMessage.callbackAnswer(in.chatId(), in.callbackId(), notice));
        }
        for (Reply reply : result.replies()) {
            Routing routing = reply.routing();
            if (routing != null && routing.kind() == Routing.Kind.NOTICE) {
                continue;
            }
            long chatId = routing != null && routing.chatId() != null ? routing.chatId() : in.chatId();
            Long threadId = routing != null && routing.chatId() != null ? routing.threadId() : in.threadId();
            Integer replyTo = routing == null ? null : routing.replyTo();
            if (routing != null && routing.kind() == Routing.Kind.EDIT) {
                if (routing.replyTo() != null) {
                    out.add(OutgoingMessage.editButtons(in.chatId(), routing.replyTo(), validButtons(reply.buttons())));
                }
                continue;
            }
            if (routing != null && routing.kind() == Routing.Kind.COPY) {
                out.add(OutgoingMessage.copy(chatId, threadId, replyTo, routing.copyFromChat(), routing.copyMessageId()));
                continue;
            }
            String tag = routing == null ? null : routing.tag();
            List<String> parts = TelegramHtml.split(html(reply), TelegramHtml.MAX_MESSAGE);
            List<List<Button>> buttons = validButtons(reply.buttons());
            for (int i = 0; i < parts.size(); i++) {
                boolean first = i == 0, last = i == parts.size() - 1;
                out.add(OutgoingMessage.message(chatId, parts.get(i), last ? buttons : List.of(), threadId,
                        first ? replyTo : null, first ? tag : null));
            }
        }
        if (result.decision().priority() == Priority.EMERGENCY) {
            // The citizen's answer and the staff card of an emergency overtake everything else waiting.
            out.replaceAll(OutgoingMessage::asUrgent);
        }
        return out;
    }

    static String html(Reply reply) {
        StringBuilder html = new StringBuilder();
        if (reply.title() != null && !reply.title().isBlank()) {
            html.append("<b>").append(TelegramHtml.escape(reply.title().strip())).append("</b>\n\n");
        }
        html.append(TelegramHtml.escape(reply.text().strip()));
        String url = reply.sourceUrl();
        if (url != null && !url.isBlank()) {
            url = url.strip();
            html.append("\n\n").append(TelegramHtml.escape(reply.sourceLabelOrDefault())).append(' ');
            if (url.startsWith("https://") || url.startsWith("http://")) {
                html.append("<a href=\"").append(TelegramHtml.escape(url)).append("\">")
                        .append(TelegramHtml.escape(url)).append("</a>");
            } else {
                html.append(TelegramHtml.escape(url));
            }
        }
        return html.toString();
    }

    /** Keeps only buttons Telegram accepts: a label and 1–64 bytes of callback data. */
    private static List<List<Button>> validButtons(List<List<Button>> rows) {
        List<List<Button>> valid = new ArrayList<>();
        for (List<Button> row : rows) {
            List<Button> kept = row.stream()
                    .filter(b -> b.label() != null && !b.label().isBlank() && b.data() != null)
                    .filter(b -> {
                        int bytes = b.data().getBytes(StandardCharsets.UTF_8).length;
                        return bytes >= 1 && bytes <= 64;
                    })
                    .toList();
            if (!kept.isEmpty()) {
                valid.add(kept);
            }
        }
        return valid;
    }
}
