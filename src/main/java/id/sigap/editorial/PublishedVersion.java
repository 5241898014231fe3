package id.sigap.editorial;

import java.time.Instant;
import java.util.List;

/**
 * One published version of an entry, kept for history, diffs and rollback.
 *
 * @param number     1, 2, 3... per entry
 * @param text       the file text published
 * @param at         when
 * @param authors    who wrote it ({@code berkas} for the text found on disk before the console's first change)
 * @param approvedBy who approved it, or null
 * @param note       optional note
 */
public record PublishedVersion(int number, String text, Instant at, List<String> authors, String approvedBy,
                               String note) {
}
