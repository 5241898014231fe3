package id.sigap.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AES-256 data keys: one current key that seals new values, and any number of earlier ones that
 * still open what they sealed (rotation). Each key is named by a short id derived from the key itself
 * (the first 8 hex digits of its SHA-256), so a sealed value says which key opens it without any
 * bookkeeping.
 *
 * <p>Where the keys come from: {@code SIGAP_DATA_KEY} (current) and {@code SIGAP_DATA_KEYS_PREVIOUS}
 * when set; the key file {@code SIGAP_DATA_DIR/keys/data.keys} (one base64 key a line, the first one
 * current) is always read too, and is created with one random key when no key is configured. The file
 * is written owner-only (0600) in an owner-only directory (0700), and the data directory itself is made
 * owner-only.
 */
public final class DataKeys {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
    static final String KEY_FILE = "data.keys";
    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    private DataKeys(String currentId, Map<String, SecretKey> byId) {
        this.currentId = currentId;
        this.byId = byId;
    }

    /** Keys from the settings and the data directory, generating the key file when no key is configured. */
    public static DataKeys load(PrivacySettings settings, Path dataDir) {
        OwnerOnly.directory(dataDir);
        Path file = dataDir.resolve("keys").resolve(KEY_FILE);
        List<byte[]> configured = new ArrayList<>();
        if (!settings.dataKey().isEmpty()) {
            configured.add(decode(settings.dataKey(), "SIGAP_DATA_KEY"));
        }
        for (String previous : settings.dataKeysPrevious()) {
            if (!previous.isBlank()) {
                configured.add(decode(previous.strip(), "SIGAP_DATA_KEYS_PREVIOUS"));
            }
        }
        List<byte[]> fromFile = Files.isRegularFile(file) ? readFile(file) : List.of();
        if (configured.isEmpty() && fromFile.isEmpty()) {
            fromFile = List.of(generate(file));
        }
        List<byte[]> all = new ArrayList<>(configured);
        all.addAll(fromFile);
        return of(all);
    }

    /** Keys given directly, the first one current. */
    public static DataKeys of(List<byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one data key is needed");
        }
        Map<String, SecretKey> byId = new LinkedHashMap<>();
        for (byte[] key : keys) {
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("a data key must be 32 bytes (AES-256), got " + key.length);
            }
            byId.putIfAbsent(idOf(key), new SecretKeySpec(key, "AES"));
        }
        return new DataKeys(idOf(keys.getFirst()), Map.copyOf(byId));
    }

    /** A fresh random key, base64: what an operator puts in {@code SIGAP_DATA_KEY}. */
    public static String newKeyBase64() {
        return Base64.getEncoder().encodeToString(randomKey());
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64, String from) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(from + " is not base64");
        }
    }

    private static List<byte[]> readFile(Path file) {
        try {
            List<byte[]> keys = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    keys.add(decode(trimmed, file.toString()));
                }
            }
            OwnerOnly.file(file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the data keys in " + file, e);
        }
    }

    private static byte[] generate(Path file) {
        byte[] key = randomKey();
        try {
            OwnerOnly.directory(file.getParent());
            Files.write(file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            OwnerOnly.file(file);
        } catch (FileAlreadyExistsException e) {
            // Another process sharing the directory wrote it first: use theirs.
            return readFile(file).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a data key to " + file, e);
        }
        log.info("Generated a data key into {} (owner-only); keep it with the data, back it up apart", file);
        return key;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Owner-only permissions where the file system has POSIX permissions; elsewhere nothing is changed. */
    static final class OwnerOnly {
        private OwnerOnly() {
        }

        static void directory(Path dir) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create " + dir, e);
            }
            try {
                if (posix(dir)) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            } catch (IOException e) {
                // Someone else's directory (a verb run by another account): use it as it is, but say so.
                log.warn("Could not make {} owner-only: {}", dir, e.getClass().getSimpleName());
            }
        }

        static void file(Path file) throws IOException {
            if (posix(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }

        private static boolean posix(Path path) {
            return path.getFileSystem().supportedFileAttributeViews().contains("posix");
        }
    }
}
