package id.sigap.web;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.handoff.HandoffService;
import id.sigap.store.WindowCounters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web simulator: a citizen's chat in the browser through the same pipeline as Telegram, so the
 * office can try Sigap with no bot token. The page itself is {@code static/index.html}.
 *
 * <p>It is public and anonymous, so it is fenced: each visitor gets an unguessable session bound to a
 * cookie ({@link SimulatorSessions}); requests are counted per client and overall in Redis (shared by
 * every instance) and refused with 429 past the limits; its conversations run on the
 * {@link IncomingMessage#TRIAL_CHANNEL trial channel}, which never reaches the staff group, reminders,
 * issue alerts or reports; and an operator can switch it off ({@code SIGAP_SIMULATOR_ENABLED=false}).
 */
@RestController
class SimulatorController {

    static final int MAX_CHARS = 10_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final ConversationService conversation;
    private final HandoffService handoffs;
    private final SimulatorSessions sessions;
    private final WindowCounters counters;
    private final SimulatorSettings settings;
    private final AtomicLong updates = new AtomicLong();

    SimulatorController(ConversationService conversation, HandoffService handoffs, SimulatorSessions sessions,
                        WindowCounters counters, SimulatorSettings settings) {
        this.conversation = conversation;
        this.handoffs = handoffs;
        this.sessions = sessions;
        this.counters = counters;
        this.settings = settings;
    }

    /** Messages staff sent to this visitor's chat since the last poll (each is returned once). */
    @GetMapping("/api/simulator/messages")
    ResponseEntity<?> staffMessages(@CookieValue(name = SimulatorSessions.COOKIE, required = false) String token) {
        if (!settings.enabled()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, SimulatorTexts.DISABLED, null);
        }
        List<Reply> messages = sessions.find(token)
                .map(s -> handoffs.takeWebMessages(IncomingMessage.TRIAL_CHANNEL, s.chatId())).orElse(List.of());
        return ResponseEntity.ok(messages);
    }

    @PostMapping("/api/simulator/messages")
    ResponseEntity<?> send(@RequestBody(required = false) SimulatorMessage body,
                           @CookieValue(name = SimulatorSessions.COOKIE, required = false) String token,
                           HttpServletRequest request, HttpServletResponse response) {
        if (!settings.enabled()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, SimulatorTexts.DISABLED, null);
        }
        if (body == null || body.text() == null) {
            return problem(HttpStatus.BAD_REQUEST, SimulatorTexts.BAD_REQUEST, null);
        }
        if (body.text().length() > MAX_CHARS) {
            return problem(HttpStatus.BAD_REQUEST, SimulatorTexts.TOO_LONG.formatted(MAX_CHARS), null);
        }
        String client = request.getRemoteAddr();
        WindowCounters.Count mine = counters.increment("sigap:rate:simulator:client:" + client, MINUTE);
        if (mine.over(settings.perClientPerMinute())) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, SimulatorTexts.TOO_MANY.formatted(seconds(mine)), mine);
        }
        WindowCounters.Count all = counters.increment("sigap:rate:simulator:all", MINUTE);
        if (all.over(settings.globalPerMinute())) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, SimulatorTexts.BUSY.formatted(seconds(all)), all);
        }
        Optional<SimulatorSessions.Session> known = sessions.find(token);
        if (known.isEmpty()) {
            WindowCounters.Count started = counters.increment("sigap:rate:simulator:sessions:" + client, HOUR);
            if (started.over(settings.sessionsPerHour())) {
                return problem(HttpStatus.TOO_MANY_REQUESTS, SimulatorTexts.TOO_MANY.formatted(seconds(started)), started);
            }
        }
        SimulatorSessions.Session session = known.orElseGet(sessions::create);
        if (known.isEmpty()) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(session.token(), request.isSecure()).toString());
        }
        ConversationResult result = conversation.handle(IncomingMessage.text(IncomingMessage.TRIAL_CHANNEL,
                updates.incrementAndGet(), session.chatId(), body.text()));
        // Staff cards and relays are for the staff group; the simulated citizen sees only their replies.
        return ResponseEntity.ok(new ConversationResult(result.replies().stream().filter(Reply::toSender).toList(),
                result.decision(), result.signals()));
    }

    private ResponseCookie cookie(String token, boolean secure) {
        return ResponseCookie.from(SimulatorSessions.COOKIE, token).path("/api/simulator").httpOnly(true)
                .secure(secure).sameSite("Strict").maxAge(settings.sessionIdle()).build();
    }

    private static long seconds(WindowCounters.Count count) {
        return Math.max(1, (count.remaining().toMillis() + 999) / 1000);
    }

    private static ResponseEntity<Problem> problem(HttpStatus status, String text, WindowCounters.Count count) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (count != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(count)));
        }
        return builder.body(new Problem(text));
    }

    /** A visitor's message; {@code session} is accepted for old pages and ignored (the cookie names the session). */
    record SimulatorMessage(Long session, String text) {
    }

    record Problem(String error) {
    }
}
