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
        String pending = redis.opsForValue().get(key);
        IncomingMessage read = message;
        boolean digitsOnly = message.text().codePoints().noneMatch(Character::isLetter);
        if (pending != null) {
            Redactor.Kind kind = Redactor.Kind.valueOf(pending);
            String text = Redactor.continuing(message.text(), kind);
            if (!text.equals(message.text())) {
                read = message.withText(text);
            }
        }
        Optional<Redactor.Kind> part = Redactor.partAtEnd(message.text());
        if (part.isPresent()) {
            redis.opsForValue().set(key, part.get().name(), WINDOW);
        } else if (pending != null && !(digitsOnly && read != message)) {
            redis.delete(key);
        }
        return read;
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        redis.delete(key(request.channel(), request.chatId()));
    }

    private static String key(String channel, long chatId) {
        return "sigap:conv:number-part:" + channel + ":" + chatId;
    }
}
