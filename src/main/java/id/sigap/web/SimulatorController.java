package id.sigap.web;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.handoff.HandoffService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web simulator: a citizen's chat in the browser through the same pipeline as Telegram, so the
 * office can try Sigap with no bot token. The page itself is {@code static/index.html}.
 */
@RestController
class SimulatorController {

    /** Simulator chats use their own id range so they never collide with Telegram chat ids. */
    static final long FIRST_CHAT = 9_000_000_000_000L;
    static final int MAX_CHARS = 10_000;

    private final ConversationService conversation;
    private final HandoffService handoffs;
    private final AtomicLong updates = new AtomicLong();

    SimulatorController(ConversationService conversation, HandoffService handoffs) {
        this.conversation = conversation;
        this.handoffs = handoffs;
    }

    /** Messages staff sent to this simulator chat since the last poll (each is returned once). */
    @GetMapping("/api/simulator/messages")
    List<Reply> staffMessages(@RequestParam long session) {
        return handoffs.takeWebMessages("web", chat(session));
    }

    static long chat(long session) {
        return FIRST_CHAT + Math.floorMod(session, 1_000_000L);
    }

    @PostMapping("/api/simulator/messages")
    ResponseEntity<?> send(@RequestBody(required = false) SimulatorMessage body) {
        if (body == null || body.text() == null) {
            return ResponseEntity.badRequest().body(new Problem("Kirim JSON {\"session\": 1, \"text\": \"...\"}."));
        }
        if (body.text().length() > MAX_CHARS) {
            return ResponseEntity.badRequest().body(new Problem("Pesan terlalu panjang (maksimal " + MAX_CHARS + " karakter)."));
        }
        long chat = chat(body.session());
        ConversationResult result = conversation.handle(IncomingMessage.text("web", updates.incrementAndGet(), chat, body.text()));
        // Staff cards and relays are for the staff group; the simulated citizen sees only their replies.
        return ResponseEntity.ok(new ConversationResult(result.replies().stream().filter(Reply::toSender).toList(),
                result.decision(), result.signals()));
    }

    record SimulatorMessage(long session, String text) {
    }

    record Problem(String error) {
    }
}
