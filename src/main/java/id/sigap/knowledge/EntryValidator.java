package id.sigap.knowledge;

import id.sigap.knowledge.FrontMatter.Field;
import id.sigap.knowledge.FrontMatter.Issue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns parsed front matter into an entry, collecting every problem instead of stopping at the first. */
final class EntryValidator {

    static final Set<String> KNOWN_KEYS = Set.of("id", "title", "status", "questions", "tags", "source",
            "updated", "valid_until");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private EntryValidator() {
    }

    /** The result of validating one file: the entry when it has no problem. */
    record Validated(Optional<KnowledgeEntry> entry, List<Issue> problems, int idLine) {
    }

    static Validated validate(FrontMatter fm, String file) {
        List<Issue> problems = new ArrayList<>(fm.problems());
        if (fm.problems().stream().anyMatch(p -> p.message().startsWith("unterminated")
                || p.message().startsWith("missing front matter"))) {
            return new Validated(Optional.empty(), problems, fm.startLine());
        }
        for (Field field : fm.fields().values()) {
            if (!KNOWN_KEYS.contains(field.key())) {
                problems.add(new Issue(field.line(), "unknown key '" + field.key() + "' (known: "
                        + String.join(", ", KNOWN_KEYS.stream().sorted().toList()) + ")"));
            }
        }
        String id = scalar(fm, "id", problems, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new Issue(line(fm, "id"), "bad id '" + id + "': use only a-z, 0-9 and single '-' between words"));
        }
        String title = scalar(fm, "title", problems, true);
        String statusText = scalar(fm, "status", problems, true);
        EntryStatus status = null;
        if (statusText != null) {
            status = EntryStatus.parse(statusText).orElse(null);
            if (status == null) {
                problems.add(new Issue(line(fm, "status"), "bad status '" + statusText
                        + "': use draft, approved or archived"));
            }
        }
        List<String> questions = list(fm, "questions", problems);
        List<String> tags = list(fm, "tags", problems);
        String source = scalar(fm, "source", problems, false);
        if (source != null && !source.matches("https?://\\S+")) {
            problems.add(new Issue(line(fm, "source"), "bad source '" + source + "': expected an http(s) URL"));
        }
        LocalDate updated = date(fm, "updated", problems);
        LocalDate validUntil = date(fm, "valid_until", problems);
        if (fm.body().isBlank()) {
            problems.add(new Issue(Math.max(fm.bodyLine() - 1, 1), "empty body: the approved answer text is missing"));
        }
        int idLine = fm.fields().containsKey("id") ? line(fm, "id") : fm.startLine();
        if (!problems.isEmpty()) {
            return new Validated(Optional.empty(), problems, idLine);
        }
        return new Validated(Optional.of(new KnowledgeEntry(id, title, status, questions, tags, source, updated,
                validUntil, fm.body(), file)), problems, idLine);
    }

    private static int line(FrontMatter fm, String key) {
        return fm.fields().get(key).line();
    }

    private static String scalar(FrontMatter fm, String key, List<Issue> problems, boolean required) {
        Field field = fm.fields().get(key);
        if (field == null) {
            if (required) {
                problems.add(new Issue(fm.startLine(), "missing " + key));
            }
            return null;
        }
        if (field.isList()) {
            problems.add(new Issue(field.line(), (field.list().isEmpty() ? "missing " : "expected one value for ")
                    + key + (field.list().isEmpty() ? " value" : ", not a list")));
            return null;
        }
        return field.scalar();
    }

    private static List<String> list(FrontMatter fm, String key, List<Issue> problems) {
        Field field = fm.fields().get(key);
        if (field == null) {
            return List.of();
        }
        if (!field.isList()) {
            // A single phrasing written as a scalar is unambiguous; accept it as a one-item list.
            return List.of(field.scalar());
        }
        return field.list();
    }

    private static LocalDate date(FrontMatter fm, String key, List<Issue> problems) {
        Field field = fm.fields().get(key);
        if (field == null) {
            return null;
        }
        if (field.isList()) {
            problems.add(new Issue(field.line(), "bad date in " + key + ": expected YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(field.scalar());
        } catch (DateTimeParseException e) {
            problems.add(new Issue(field.line(), "bad date '" + field.scalar() + "' in " + key + ": expected YYYY-MM-DD"));
            return null;
        }
    }
}
