package id.sigap.monitoring;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the knowledge-base drafts in progress that speak of a topic, so that the brief can point to work
 * already under way (a clarification being written) instead of suggesting a new entry. A draft matches when
 * its text holds at least two of the topic's three label words (all of them when the label is shorter), by
 * stem, and it is ranked by how many of the topic's terms it holds.
 */
final class DraftMatcher {

    /** A draft waiting for approval: the entry it writes, its title, its whole text. */
    record PendingDraft(String id, String title, String text) {
    }

    private final Supplier<List<PendingDraft>> drafts;

    DraftMatcher(Supplier<List<PendingDraft>> drafts) {
        this.drafts = drafts;
    }

    static DraftMatcher none() {
        return new DraftMatcher(List::of);
    }

    List<DailyBrief.Entry> matching(TopicSummary topic, int max) {
        List<PendingDraft> pending;
        try {
            pending = drafts.get();
        } catch (RuntimeException e) {
            return List.of();
        }
        if (pending.isEmpty()) {
            return List.of();
        }
        Set<String> label = new LinkedHashSet<>();
        for (String word : topic.label().split(" · ")) {
            TopicTerms.of(word).forEach(t -> label.add(t.stem()));
        }
        if (label.isEmpty()) {
            return List.of();
        }
        Set<String> terms = new HashSet<>(label);
        topic.examples().forEach(e -> TopicTerms.of(e.text()).forEach(t -> terms.add(t.stem())));
        int needed = Math.min(2, label.size());
        record Scored(PendingDraft draft, long score) {
        }
        return pending.stream().map(d -> {
            Set<String> own = new HashSet<>();
            TopicTerms.of(d.title() + " " + d.text()).forEach(t -> own.add(t.stem()));
            long labelHits = label.stream().filter(own::contains).count();
            return labelHits < needed ? null : new Scored(d, labelHits * 100 + terms.stream().filter(own::contains).count());
        }).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingLong((Scored s) -> -s.score()).thenComparing(s -> s.draft().id()))
                .limit(max).map(s -> new DailyBrief.Entry(s.draft().id(), s.draft().title())).toList();
    }
}
