package id.sigap.conversation;

import id.sigap.privacy.Redactor;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * A number sent over several messages ("nik sy 3271 0115", then "lanjutannya 0590 0002"): when a citizen's message ends
 * with a part of a number, or names one with nothing after it, the chat remembers that kind (only the kind, ten minutes,
 * in Redis) and the next message is read with every run of four digits or more already replaced
 * ({@link Redactor#continuing}), before anything stores, logs or derives from it. Each part alone is found by the
 * redactor too where it can be (docs/privacy.md); this catches the rest told with words around it.
 */
@Component
class ContinuedNumbers {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContinuedNumbers.class);

    private final StringRedisTemplate redis;

    ContinuedNumbers(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * The message as the pipeline must read it: the rest of a number the chat's last message began replaced; and the
     * chat's memory set from this message (kept while the number may go on: a message of digits alone).
     */
    IncomingMessage read(IncomingMessage message) {
        if (message.kind() != IncomingMessage.Kind.TEXT || message.text().isBlank() || message.command() != null) {
            return message;
        }
        String key = key(message.channel(), message.chatId());
        try {
            String pending = redis.opsForValue().get(key);
            String text = pending == null ? message.text()
                    : Redactor.continuing(message.text(), Redactor.Kind.valueOf(pending));
            boolean continued = !text.equals(message.text());
            Optional<Redactor.Kind> part = Redactor.partAtEnd(message.text());
            if (part.isPresent()) {
                redis.opsForValue().set(key, part.get().name(), WINDOW);
            } else if (pending != null && !(continued && message.text().codePoints().noneMatch(Character::isLetter))) {
                redis.delete(key); // kept only while the number may go on: a message of its digits alone
            }
            return continued ? message.withText(text) : message;
        } catch (RuntimeException e) {
            // Redis gone: the message is not lost; each part is still redacted where it can be known alone
            log.warn("number parts not read for a chat: {}", e.toString());
            return message;
        }
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        redis.delete(key(request.channel(), request.chatId()));
    }

    private static String key(String channel, long chatId) {
        return "sigap:conv:number-part:" + channel + ":" + chatId;
    }
}
