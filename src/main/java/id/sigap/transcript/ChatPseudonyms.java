package id.sigap.transcript;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Pseudonymous chat ids for transcripts: HMAC-SHA256 of channel and chat id, truncated to 16 hex
 * digits. Without the secret the pseudonym cannot be traced back to a chat; with it, the same chat
 * always gets the same pseudonym (which is what lets {@code /hapus} find its records). The secret is
 * {@code sigap.transcript.pseudonym-secret}, or one generated once and kept in Redis.
 */
@Component
public class ChatPseudonyms {

    static final String SECRET_KEY = "sigap:transcript:secret";

    private final StringRedisTemplate redis;
    private final String configured;
    private volatile SecretKeySpec key;

    ChatPseudonyms(StringRedisTemplate redis, TranscriptSettings settings) {
        this.redis = redis;
        this.configured = settings.pseudonymSecret();
    }

    /** The pseudonym of a chat, stable for as long as the secret is. */
    public String of(String channel, long chatId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal((channel + ":" + chatId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }

    private String secret() {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // SETNX: whichever instance comes first sets the secret; all then read the same one.
        redis.opsForValue().setIfAbsent(SECRET_KEY, Base64.getEncoder().encodeToString(random));
        String stored = redis.opsForValue().get(SECRET_KEY);
        if (stored == null) {
            throw new IllegalStateException("The pseudonym secret could not be kept in Redis");
        }
        return stored;
    }
}
