package id.sigap.editorial;

import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An entry as the console edits it, and its file text in the contract's format. Writing then reading
 * the text gives the same entry back (the console never writes what the loader would read otherwise).
 *
 * @param status {@code approved} (served once published) or {@code archived} (kept, not served)
 */
public record EntryForm(String id, String title, String status, List<String> questions, List<String> tags,
                        String source, LocalDate validUntil, String body) {

    public EntryForm {
        id = clean(id).toLowerCase(Locale.ROOT);
        title = clean(title);
        status = status == null || status.isBlank() ? "approved" : status.strip().toLowerCase(Locale.ROOT);
        questions = questions == null ? List.of() : questions.stream().map(EntryForm::clean).filter(q -> !q.isEmpty()).toList();
        tags = tags == null ? List.of() : tags.stream().map(t -> clean(t).replace(",", " ")).filter(t -> !t.isEmpty()).toList();
        source = clean(source);
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
    }

    public static EntryForm of(KnowledgeEntry e) {
        return new EntryForm(e.id(), e.title(), e.status() == EntryStatus.ARCHIVED ? "archived" : "approved",
                e.questions(), e.tags(), e.sourceUrl(), e.validUntil(), e.body());
    }

    /** Lines of a text area, one question a line. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A comma-separated field. */
    public static List<String> commas(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The file text, with {@code updated} set to the given day. */
    public String toFileText(LocalDate updated) {
        List<String> out = new ArrayList<>();
        out.add("---");
        out.add("id: " + id);
        out.add("title: " + scalar(title));
        out.add("status: " + status);
        if (!questions.isEmpty()) {
            out.add("questions:");
            questions.forEach(q -> out.add("  - " + scalar(q)));
        }
        if (!tags.isEmpty()) {
            out.add("tags: [" + String.join(", ", tags.stream().map(EntryForm::scalar).toList()) + "]");
        }
        if (!source.isEmpty()) {
            out.add("source: " + scalar(source));
        }
        if (updated != null) {
            out.add("updated: " + updated);
        }
        if (validUntil != null) {
            out.add("valid_until: " + validUntil);
        }
        out.add("---");
        out.add(body);
        return String.join("\n", out) + "\n";
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Quotes a value the front-matter reader would otherwise cut (comments) or take for a list or quote. */
    static String scalar(String value) {
        boolean risky = value.contains(" #") || value.startsWith("#") || value.startsWith("[") || value.startsWith("-")
                || value.startsWith("\"") || value.startsWith("'") || value.endsWith("\"") || value.endsWith("'");
        if (!risky) {
            return value;
        }
        return value.contains("\"") ? "'" + value + "'" : "\"" + value + "\"";
    }
}
