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
}
