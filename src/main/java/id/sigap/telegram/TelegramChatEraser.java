package id.sigap.telegram;

import id.sigap.privacy.ChatDataEraser;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The Telegram adapter's part of {@code /hapus}: the chat's send-rate bucket. The chat's inbox and outbox
 * are left alone: they hold the {@code /hapus} message and its reply, and empty themselves once the reply
 * is delivered. (That reply takes a token again, so a bucket holding a count and a time, nothing the citizen
 * wrote, is back for at most its ten-minute expiry.)
 */
@Component
class TelegramChatEraser implements ChatDataEraser {

    private final StringRedisTemplate redis;

    TelegramChatEraser(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public String part() {
        return "telegram";
    }

    @Override
    public void erase(String channel, long chatId) {
        if ("telegram".equals(channel)) {
            redis.delete(ChatQueue.PREFIX + "rate:chat:" + chatId);
        }
    }
}
