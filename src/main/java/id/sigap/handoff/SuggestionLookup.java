package id.sigap.handoff;

import java.util.Optional;

/** Finds the approved text of a suggested entry; provided by the knowledge feature. */
interface SuggestionLookup {

    Optional<Suggestion> find(String entryId);
}
