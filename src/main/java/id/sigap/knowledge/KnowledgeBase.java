package id.sigap.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the knowledge base as served on one day.
 *
 * @param entries  the entries served (approved and still valid), sorted by id
 * @param version  content hash of the served entries; equal versions serve the same answers
 * @param asOf     the day the validity dates were checked against
 * @param problems every problem found while loading (files with problems are skipped)
 * @param files    how many entry files were read
 */
public record KnowledgeBase(List<KnowledgeEntry> entries, String version, LocalDate asOf,
                            List<KnowledgeProblem> problems, int files) {

    public KnowledgeBase {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public static KnowledgeBase empty(LocalDate asOf) {
        return new KnowledgeBase(List.of(), "empty", asOf, List.of(), 0);
    }

    public Optional<KnowledgeEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Map<String, KnowledgeEntry> byId() {
        return entries.stream().collect(Collectors.toUnmodifiableMap(KnowledgeEntry::id, Function.identity()));
    }
}
