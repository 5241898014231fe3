package id.sigap.web;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One simulator conversation per visitor, named by a random 128-bit token that lives only in the
 * visitor's cookie: without the token nobody can read another visitor's staff replies or write into their
 * chat. Redis maps the token to the chat id (shared by every instance), forgotten after the idle time.
 */
@Component
class SimulatorSessions {

    /** Simulator chats use their own id range so they never collide with Telegram chat ids. */
    static final long FIRST_CHAT = 9_000_000_000_000L;
    static final String COOKIE = "sigap_simulator";
    static final String PREFIX = "sigap:simulator:session:";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final StringRedisTemplate redis;
    private final SimulatorSettings settings;
    private final SecureRandom random = new SecureRandom();

    SimulatorSessions(StringRedisTemplate redis, SimulatorSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** A visitor's session. */
    record Session(String token, long chatId) {
    }

    /** The session a token names, refreshed; empty for a malformed, unknown or expired token. */
    Optional<Session> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String chat = redis.opsForValue().getAndExpire(PREFIX + token, settings.sessionIdle());
        return chat == null ? Optional.empty() : Optional.of(new Session(token, Long.parseLong(chat)));
    }

    Session create() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Long seq = redis.opsForValue().increment("sigap:simulator:chat-seq");
        long chat = FIRST_CHAT + (seq == null ? 0 : seq);
        redis.opsForValue().set(PREFIX + token, Long.toString(chat), settings.sessionIdle());
        return new Session(token, chat);
    }
}
