package id.sigap.phrasing;

import java.time.Instant;
import java.util.Set;

/**
 * A proposed phrasing of one entry: one redacted question, however many citizens asked it in these words.
 *
 * @param entryId   the entry it would be added to
 * @param id        names the normalised text within the entry
 * @param text      the redacted question as first asked
 * @param citizens  distinct chats that asked it (a chat that used /hapus no longer counts)
 * @param firstSeen first asked
 * @param lastSeen  last asked
 * @param sources   what proposed it
 * @param returnedAt when it was accepted into a draft that was then thrown away, which put it back here (null: never)
 */
public record Proposal(String entryId, String id, String text, int citizens, Instant firstSeen, Instant lastSeen,
                       Set<PhrasingSource> sources, Instant returnedAt) {

    public Proposal {
        sources = Set.copyOf(sources);
    }
}
