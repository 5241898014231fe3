package id.sigap.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Editorial state of an entry; only {@link #APPROVED} entries are served to citizens. */
public enum EntryStatus {
    DRAFT, APPROVED, ARCHIVED;

    static Optional<EntryStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (EntryStatus status : values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
