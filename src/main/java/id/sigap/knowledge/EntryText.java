package id.sigap.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Reads one entry file's text with the same parser and rules as the loader, for tools that handle
 * an entry before it is on disk (the console's drafts).
 */
public final class EntryText {

    private EntryText() {
    }

    /**
     * The entry, when the text is valid, and every problem found.
     *
     * @param entry    the entry, or empty when there is a problem
     * @param problems each problem, with the line it points at
     */
    public record Parsed(Optional<KnowledgeEntry> entry, List<KnowledgeProblem> problems) {
    }

    public static Parsed parse(String text, String file) {
        EntryValidator.Validated validated = EntryValidator.validate(FrontMatterParser.parse(text), file);
        return new Parsed(validated.entry(),
                validated.problems().stream().map(p -> new KnowledgeProblem(file, p.line(), p.message())).toList());
    }
}
