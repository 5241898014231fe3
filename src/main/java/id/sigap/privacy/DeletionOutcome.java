package id.sigap.privacy;

import java.util.List;

/**
 * What a deletion request came to, as far as this instance can tell right away.
 *
 * @param recorded     false when the request could not even be recorded (Redis down): nothing will happen
 * @param pendingParts the parts not deleted yet (still being retried); empty when everything here is done
 * @param otherInstances how many other running instances will delete their own files shortly
 */
public record DeletionOutcome(boolean recorded, List<String> pendingParts, int otherInstances) {

    public DeletionOutcome {
        pendingParts = pendingParts == null ? List.of() : List.copyOf(pendingParts);
    }

    public static DeletionOutcome notRecorded() {
        return new DeletionOutcome(false, List.of(), 0);
    }

    /** Recorded and every part reachable from here deleted. */
    public boolean complete() {
        return recorded && pendingParts.isEmpty();
    }
}
