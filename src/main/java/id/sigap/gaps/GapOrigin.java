package id.sigap.gaps;

import java.time.Instant;
import java.util.List;

/**
 * Where a draft came from: the gap (or gaps) it was made from. The askers' chats are kept beside it in Redis,
 * server-side only, and never shown.
 *
 * @param id        this origin's id (names its askers, claims and receipts in Redis)
 * @param entryId   the entry the draft creates or changes
 * @param gapIds    the gaps it was made from
 * @param newEntry  a new entry (not a change of an existing one)
 * @param createdBy who made the draft from the gap
 * @param createdAt when
 * @param unknown   askers whose chat was not known any more when the draft was made (their data deleted)
 */
public record GapOrigin(String id, String entryId, List<String> gapIds, boolean newEntry, String createdBy,
                        Instant createdAt, int unknown) {

    public GapOrigin {
        gapIds = List.copyOf(gapIds);
    }
}
