package id.sigap.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups items into topics in one pass, oldest first (incremental leader clustering). A topic is
 * described by its core terms: the terms most of its items share (by count, then by weight). An item
 * joins the topic whose core holds the largest share of the item's own term weight, when that share
 * reaches the threshold; otherwise it starts a topic. Weights are a gentle IDF, log(1 + N/df) but at least one, over the
 * items being grouped, and zero for a term only one item has (it can never be shared). TF-IDF cosine
 * was tried first and split a burst of twelve reports of one event into nine topics: the words they
 * share are exactly the ones IDF makes light, and each report's own words outweighed them.
 */
final class TopicClustering {

    static final int CORE = 12;

    /** A topic: its first item's id, its items in time order, how many items hold each stem, and a word per stem. */
    static final class Cluster {
        final String id;
        final List<MonitoredItem> items = new ArrayList<>();
        final Map<String, Integer> counts = new HashMap<>();
        final Map<String, Map<String, Integer>> words = new HashMap<>();
        private final Map<String, Double> weights;
        private Set<String> core = Set.of();

        Cluster(String id, Map<String, Double> weights) {
            this.id = id;
            this.weights = weights;
        }

        private List<String> ranked() {
            return counts.keySet().stream().sorted(Comparator.comparingDouble(
                    (String s) -> -(counts.get(s) * (0.1 + weights.getOrDefault(s, 1.0)))).thenComparing(s -> s)).toList();
        }

        /** The topic's label: its three strongest terms, each as its commonest word. */
        String label() {
            List<String> top = ranked().stream().limit(3).toList();
            if (top.isEmpty()) {
                return "(tanpa kata kunci)";
            }
            return String.join(" · ", top.stream().map(s -> words.getOrDefault(s, Map.of()).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(s)).toList());
        }

        List<String> topStems(int n) {
            return ranked().stream().limit(n).toList();
        }

        void refreshCore() {
            core = new LinkedHashSet<>(ranked().stream().limit(CORE).toList());
        }
    }

    private final double threshold;
    private final Set<String> ignored;

    /** {@code ignored}: stems that do not say what a topic is (the area names: where, not what). */
    TopicClustering(double threshold, Set<String> ignored) {
        this.threshold = threshold;
        this.ignored = ignored;
    }

    List<Cluster> group(List<MonitoredItem> items) {
        List<MonitoredItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(MonitoredItem::time).thenComparing(MonitoredItem::id));
        Map<String, List<TopicTerms.Term>> termsOf = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (MonitoredItem item : ordered) {
            List<TopicTerms.Term> terms = TopicTerms.of(item.text()).stream().filter(t -> !ignored.contains(t.stem())).toList();
            termsOf.put(item.id(), terms);
            Set<String> distinct = new HashSet<>();
            terms.forEach(t -> distinct.add(t.stem()));
            distinct.forEach(s -> df.merge(s, 1, Integer::sum));
        }
        int n = Math.max(1, ordered.size());
        Map<String, Double> weights = new HashMap<>();
        // A term seen in one item only can never be shared: it weighs nothing, so it does not dilute the share.
        // The floor of one keeps the words of a story that dominates the period from weighing next to nothing.
        df.forEach((stem, d) -> weights.put(stem, d < 2 ? 0.0 : Math.max(1.0, Math.log(1 + (double) n / d))));

        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> byTerm = new HashMap<>();
        for (MonitoredItem item : ordered) {
            Set<String> stems = new LinkedHashSet<>();
            termsOf.get(item.id()).forEach(t -> stems.add(t.stem()));
            if (stems.isEmpty()) {
                continue;
            }
            double mass = 0;
            for (String s : stems) {
                mass += weights.get(s);
            }
            Cluster best = null;
            double bestScore = mass == 0 ? Double.MAX_VALUE : threshold;
            Set<Cluster> seen = new HashSet<>();
            for (String s : stems) {
                for (Cluster c : byTerm.getOrDefault(s, List.of())) {
                    if (!seen.add(c)) {
                        continue;
                    }
                    double shared = 0;
                    for (String t : stems) {
                        if (c.core.contains(t)) {
                            shared += weights.get(t);
                        }
                    }
                    double score = shared / mass;
                    if (score >= bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
            }
            if (best == null) {
                best = new Cluster(item.id(), weights);
                clusters.add(best);
            }
            best.items.add(item);
            for (String s : stems) {
                if (best.counts.merge(s, 1, Integer::sum) == 1) {
                    byTerm.computeIfAbsent(s, k -> new ArrayList<>()).add(best);
                }
            }
            for (TopicTerms.Term t : termsOf.get(item.id())) {
                best.words.computeIfAbsent(t.stem(), k -> new HashMap<>()).merge(t.word(), 1, Integer::sum);
            }
            best.refreshCore();
        }
        return mergeSameHeads(clusters);
    }

    /**
     * One pass cannot undo an early split: topics whose two strongest terms are the same pair are one
     * story told with different details ("jembatan ambruk, warga marah" / "jembatan ambruk, akses terputus").
     */
    private static List<Cluster> mergeSameHeads(List<Cluster> clusters) {
        Map<Set<String>, Cluster> byHead = new java.util.LinkedHashMap<>();
        List<Cluster> kept = new ArrayList<>();
        for (Cluster c : clusters) {
            Set<String> head = Set.copyOf(c.topStems(2));
            Cluster into = head.size() == 2 ? byHead.get(head) : null;
            if (into == null) {
                if (head.size() == 2) {
                    byHead.put(head, c);
                }
                kept.add(c);
                continue;
            }
            into.items.addAll(c.items);
            into.items.sort(Comparator.comparing(MonitoredItem::time).thenComparing(MonitoredItem::id));
            c.counts.forEach((k, v) -> into.counts.merge(k, v, Integer::sum));
            c.words.forEach((k, v) -> v.forEach((w, n) -> into.words.computeIfAbsent(k, x -> new HashMap<>()).merge(w, n, Integer::sum)));
            into.refreshCore();
        }
        return kept;
    }
}
