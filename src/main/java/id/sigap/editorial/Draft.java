package id.sigap.editorial;

import java.time.Instant;
import java.util.Set;

/**
 * A pending change to one entry, waiting for an approver.
 *
 * @param entryId  the entry it changes (or creates)
 * @param text     the full entry file text as it will be written
 * @param path     the file it will be written to (the existing entry's file, kept)
 * @param authors  usernames of everyone who saved this draft; none of them may approve it
 * @param savedBy  who saved it last
 * @param savedAt  when
 * @param note     why, e.g. "pemulihan ke versi 2"
 */
public record Draft(String entryId, String text, String path, Set<String> authors, String savedBy, Instant savedAt,
                    String note) {

    public Draft {
        authors = Set.copyOf(authors);
    }

    /**
     * Names exactly this text at this path: the approver's form carries the fingerprint of the draft the
     * approver read, and an approval whose fingerprint no longer matches (the draft changed since) is refused.
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
