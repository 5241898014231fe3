package id.sigap.cli;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.Decision;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code chat}: one stdin line is one message to the bot, through the same pipeline as Telegram, in the
 * conversation {@code chatId} of the {@code console} channel; a separator line between turns.
 */
@Component
class ChatVerb {

    private final ConversationService conversation;

    ChatVerb(ConversationService conversation) {
        this.conversation = conversation;
    }

    int run(InputStream in, PrintStream out, long chatId) {
        boolean interactive = System.console() != null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long updateId = 0;
        try {
            if (interactive) {
                out.println(ChatTexts.READY);
                out.print(ChatTexts.PROMPT);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (updateId > 0) {
                    out.println(ChatTexts.TURN_SEPARATOR);
                }
                ConversationResult result = conversation.handle(
                        IncomingMessage.text("console", ++updateId, chatId, line));
                int shown = 0;
                for (Reply reply : result.replies()) {
                    if (!reply.toSender()) {
                        continue; // staff cards and relays go to the staff group, not to this terminal
                    }
                    if (shown > 0) {
                        out.println();
                    }
                    out.println(render(reply));
                    shown++;
                }
                if (shown == 0 && result.decision().outcome() == Decision.Outcome.HANDOFF) {
                    out.println(ChatTexts.HANDED_OFF);
                }
                if (interactive) {
                    out.print(ChatTexts.PROMPT);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    static String render(Reply reply) {
        StringBuilder text = new StringBuilder();
        if (reply.title() != null && !reply.title().isBlank()) {
            text.append(reply.title().strip()).append("\n\n");
        }
        text.append(reply.text().strip());
        if (reply.sourceUrl() != null && !reply.sourceUrl().isBlank()) {
            text.append("\n\n").append(reply.sourceLabelOrDefault()).append(' ').append(reply.sourceUrl().strip());
        }
        for (var row : reply.buttons()) {
            text.append('\n');
            for (var button : row) {
                text.append("[").append(button.label()).append("] ");
            }
        }
        return text.toString().stripTrailing();
    }
}
