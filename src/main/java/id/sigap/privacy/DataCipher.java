package id.sigap.privacy;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Seals text that must be kept as written (queued updates, outgoing messages, the original of a relayed
 * message) with AES-256-GCM: a random 96-bit nonce for each value, a 128-bit tag, the key id as
 * associated data. A sealed value reads {@code s1.<key id>.<base64url(nonce | ciphertext | tag)>}; it is
 * opened with whichever key it names, so keys can be rotated while old values are still in Redis.
 * Thread-safe: {@code Cipher} objects are kept in a small pool and re-initialised for each value with its own
 * nonce (getting one and expanding its key for every value cost more than the encryption of a short text).
 */
public final class DataCipher {

    /** Every sealed value starts with this. */
    public static final String PREFIX = "s1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final int POOLED = 16;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final ArrayBlockingQueue<Cipher> idle = new ArrayBlockingQueue<>(POOLED);

    public DataCipher(DataKeys keys) {
        this.keys = keys;
    }

    /** The text sealed with the current key; null stays null. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String keyId = keys.currentId();
        Cipher cipher = take();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] input = plain.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(input.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            int written = cipher.doFinal(input, 0, input.length, out, NONCE_BYTES);
            if (written != out.length - NONCE_BYTES) {
                throw new IllegalStateException("AES-GCM wrote " + written + " bytes, not " + (out.length - NONCE_BYTES));
            }
            return PREFIX + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            idle.offer(cipher);
        }
    }

    /**
     * The text a sealed value holds. A value that is not sealed (written before encryption was turned on)
     * is returned as it is; a sealed value whose key is unknown or that was altered is refused.
     */
    public String open(String value) {
        if (value == null || !isSealed(value)) {
            return value;
        }
        int dot = value.indexOf('.', PREFIX.length());
        if (dot < 0) {
            throw new UnreadableValueException("a sealed value without its key id");
        }
        String keyId = value.substring(PREFIX.length(), dot);
        var key = keys.byId(keyId).orElseThrow(() -> new UnreadableValueException(
                "sealed with key " + keyId + ", which is not configured (SIGAP_DATA_KEY / SIGAP_DATA_KEYS_PREVIOUS)"));
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(value.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException("a sealed value that is not base64");
        }
        if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableValueException("a sealed value too short to be one");
        }
        Cipher cipher = take();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableValueException("a sealed value that was altered or sealed with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            idle.offer(cipher);
        }
    }

    /** An idle cipher of the pool, or a new one; given back (when the pool has room) once a value is done. */
    private Cipher take() {
        Cipher cipher = idle.poll();
        if (cipher != null) {
            return cipher;
        }
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** A sealed value that cannot be opened: unknown key, altered or cut short. Never carries the value. */
    public static final class UnreadableValueException extends RuntimeException {
        public UnreadableValueException(String why) {
            super(why);
        }
    }
}
