package id.sigap.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a chat's last offer in a Redis string {@code sigap:choices:<channel>:<chat>} as
 * {@code token|language|entry,entry,...} for {@link #TTL}: shared by all instances, so the tap may land on
 * any of them; an offer not taken within the TTL is gone, and its buttons are refused.
 */
@Component
class RedisChoiceMemory implements ChoiceMemory {

    static final Duration TTL = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(RedisChoiceMemory.class);

    private final StringRedisTemplate redis;

    RedisChoiceMemory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String channel, long chatId) {
        return "sigap:choices:" + channel + ":" + chatId;
    }

    @Override
    public void remember(String channel, long chatId, Offer offer) {
        try {
            redis.opsForValue().set(key(channel, chatId), offer.token() + "|" + offer.language().code() + "|"
                    + String.join(",", offer.entries()), TTL);
        } catch (RuntimeException e) {
            log.warn("Could not remember the choices offered: {}", e.getMessage());
        }
    }

    @Override
    public Optional<Offer> offered(String channel, long chatId) {
        try {
            String value = redis.opsForValue().get(key(channel, chatId));
            if (value == null) {
                return Optional.empty();
            }
            String[] parts = value.split("\\|", 3);
            if (parts.length < 3) {
                return Optional.empty();
            }
            List<String> entries = Arrays.stream(parts[2].split(",")).filter(s -> !s.isBlank()).toList();
            return Optional.of(new Offer(parts[0], entries, Language.ofCode(parts[1])));
        } catch (RuntimeException e) {
            log.warn("Choices offered unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void forget(String channel, long chatId) {
        try {
            redis.delete(key(channel, chatId));
        } catch (RuntimeException e) {
            log.warn("Could not forget the choices offered: {}", e.getMessage());
        }
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        forget(request.channel(), request.chatId());
    }
}
