package id.sigap.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One approved-or-not answer of the knowledge base, parsed from one Markdown file.
 *
 * @param id         unique id, {@code [a-z0-9-]}
 * @param title      heading shown above the answer
 * @param status     editorial state
 * @param questions  ways citizens ask it (may be empty)
 * @param tags       topics, used to tell apart results about different things
 * @param sourceUrl  official reference cited under the answer, or null
 * @param updated    date of the last change, or null
 * @param validUntil last day it may be served, or null for no end
 * @param body       the answer text, Markdown, stripped
 * @param file       the file it came from
 */
public record KnowledgeEntry(String id, String title, EntryStatus status, List<String> questions, List<String> tags,
                             String sourceUrl, LocalDate updated, LocalDate validUntil, String body, String file) {

    public KnowledgeEntry {
        questions = questions == null ? List.of() : List.copyOf(questions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * Whether this is the office's emergency numbers (id with {@code nomor-darurat}, or tagged {@code darurat}): the
     * entry the emergency reply reads its contacts from, which serves every crisis whatever its title names.
     */
    public boolean emergencyNumbers() {
        return id.contains("nomor-darurat") || tags.contains("darurat");
    }

    /** Whether citizens may be given this entry on {@code today}. */
    public boolean servableOn(LocalDate today) {
        return status == EntryStatus.APPROVED && (validUntil == null || !today.isAfter(validUntil));
    }
}
