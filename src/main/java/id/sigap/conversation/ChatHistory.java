package id.sigap.conversation;

import id.sigap.privacy.Redactor;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/** The citizen's last few messages per chat (for the staff card), redacted, kept a day in Redis. */
@Component
public class ChatHistory {

    static final int KEEP = 5;
    static final int KEPT_CHARS = 1000;
    private static final Duration TTL = Duration.ofDays(1);

    private final StringRedisTemplate redis;

    ChatHistory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void add(IncomingMessage message) {
        if (message.text().isBlank() || message.command() != null) {
            return;
        }
        String key = key(message.channel(), message.chatId());
        // Personal data never rests in Redis: the staff card shows the redacted text, redacted whole and then cut
        // (cut first, a number across the cut would keep fifteen digits of sixteen).
        String text = Redactor.redact(message.text());
        CappedList.push(redis, key, text.length() > KEPT_CHARS ? text.substring(0, KEPT_CHARS) : text, false, KEEP, TTL);
    }

    /** Remembers the sentiment of a citizen message, for the escalation policy's "repeated" rule. */
    public void addSentiment(String channel, long chatId, String label) {
        CappedList.push(redis, sentimentKey(channel, chatId), label, false, 10, TTL);
    }

    /**
     * Remembers the sentiment of a citizen message and returns those remembered before it (oldest first), in
     * one step: what {@link #recentSentiments} then {@link #addSentiment} give.
     */
    public List<String> addSentimentAfterRecent(String channel, long chatId, String label) {
        return CappedList.readThenPush(redis, sentimentKey(channel, chatId), label, 10, TTL);
    }

    /** Oldest first, labels such as {@code berpotensi_negatif}. */
    public List<String> recentSentiments(String channel, long chatId) {
        List<String> labels = redis.opsForList().range(sentimentKey(channel, chatId), 0, -1);
        return labels == null ? List.of() : labels;
    }

    private static String sentimentKey(String channel, long chatId) {
        return "sigap:conv:sentiment:" + channel + ":" + chatId;
    }

    /** Oldest first. */
    public List<String> recent(String channel, long chatId) {
        List<String> texts = redis.opsForList().range(key(channel, chatId), 0, -1);
        return texts == null ? List.of() : texts;
    }

    @EventListener
    void forget(ChatDataDeletionRequested request) {
        redis.delete(List.of(key(request.channel(), request.chatId()), sentimentKey(request.channel(), request.chatId())));
    }

    private static String key(String channel, long chatId) {
        return "sigap:conv:recent:" + channel + ":" + chatId;
    }
}
