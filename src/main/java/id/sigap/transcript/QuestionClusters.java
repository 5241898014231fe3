package id.sigap.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups questions that say the same thing in other words: identical word sets first, then each group,
 * most frequent first, joins the first cluster whose leading question it overlaps by at least the
 * similarity (Jaccard). Simple and deterministic; good enough to show the knowledge-base gaps.
 */
final class QuestionClusters {

    /** Questions that were grouped: the most frequent wording, how many in all, other wordings. */
    record Cluster(String question, int count, List<String> examples) {
    }

    private QuestionClusters() {
    }

    static List<Cluster> of(List<String> questions, double similarity) {
        Map<Set<String>, Map<String, Integer>> byTokens = new LinkedHashMap<>();
        for (String question : questions) {
            Set<String> tokens = QuestionTokens.of(question);
            if (tokens.isEmpty()) {
                continue;
            }
            byTokens.computeIfAbsent(tokens, t -> new LinkedHashMap<>())
                    .merge(question.strip(), 1, Integer::sum);
        }
        List<Map.Entry<Set<String>, Map<String, Integer>>> groups = new ArrayList<>(byTokens.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<Set<String>, Map<String, Integer>> g) -> total(g.getValue()))
                .reversed());
        List<Building> clusters = new ArrayList<>();
        for (var group : groups) {
            Building home = null;
            for (Building cluster : clusters) {
                if (QuestionTokens.jaccard(cluster.tokens, group.getKey()) >= similarity) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new Building(group.getKey());
                clusters.add(home);
            }
            Building target = home;
            group.getValue().forEach((text, n) -> target.wordings.merge(text, n, Integer::sum));
        }
        return clusters.stream().map(Building::done)
                .sorted(Comparator.comparingInt(Cluster::count).reversed().thenComparing(Cluster::question))
                .toList();
    }

    private static int total(Map<String, Integer> wordings) {
        return wordings.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static final class Building {
        final Set<String> tokens;
        final Map<String, Integer> wordings = new LinkedHashMap<>();

        Building(Set<String> tokens) {
            this.tokens = tokens;
        }

        Cluster done() {
            List<String> ordered = wordings.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
            return new Cluster(ordered.getFirst(), total(wordings), ordered.subList(1, Math.min(4, ordered.size())));
        }
    }
}
