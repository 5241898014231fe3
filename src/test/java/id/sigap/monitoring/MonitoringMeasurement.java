package id.sigap.monitoring;

import id.sigap.sentiment.Sentiment;
import id.sigap.sentiment.SentimentClassifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures monitoring on real Indonesian text written by others (not a unit test; run with
 * bench/monitoring.sh, see docs/monitoring.md): the four sentiment classes of SmSA valid through the
 * monitoring path (language check, redaction, cut), mapped to SmSA's three as ../shared/data/README.md says;
 * topic quality (purity, inverse purity, NMI) of IDK-MRC validation questions grouped by the passage they ask
 * about, and of a labelled Indonesian news set given as a CSV (title, category). Each part is skipped when its
 * file is absent; nothing of the data enters the repository.
 */
public final class MonitoringMeasurement {

    private MonitoringMeasurement() {
    }

    /** Arguments: the shared data folder (default ../../shared/data), then an optional news CSV (title,category). */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        run("sentiment", data.resolve("sentiment/smsa-valid.tsv"), MonitoringMeasurement::sentiment);
        run("topics", data.resolve("retrieval/idk-mrc-valid.json"), MonitoringMeasurement::idkMrc);
        if (args.length > 1) {
            run("news topics", Path.of(args[1]), MonitoringMeasurement::news);
        }
    }

    interface Part {
        void measure(Path file) throws Exception;
    }

    private static void run(String what, Path file, Part part) throws Exception {
        if (!Files.isReadable(file)) {
            System.out.printf("%s: skipped, %s is absent%n", what, file);
            return;
        }
        part.measure(file);
    }

    static void sentiment(Path file) throws Exception {
        SentimentClassifier classifier = SentimentClassifier.offline();
        String[] names = {"positive", "neutral", "negative"};
        int[][] m = new int[3][3];
        int[][] four = new int[3][4];
        int notIndonesian = 0;
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String text = line.substring(0, tab);
            int gold = List.of(names).indexOf(line.substring(tab + 1).strip());
            String kept = ItemIntake.cut(id.sigap.privacy.Redactor.redact(text), 2000);
            boolean indonesian = LanguageCheck.indonesian(kept);
            Sentiment s = indonesian ? classifier.classify(kept).sentiment() : Sentiment.NETRAL;
            if (!indonesian) {
                notIndonesian++;
            }
            // The folder's mapping: positif -> positive, netral -> neutral, berpotensi negatif and negatif -> negative.
            int predicted = s == Sentiment.POSITIF ? 0 : s == Sentiment.NETRAL ? 1 : 2;
            m[gold][predicted]++;
            four[gold][s.ordinal()]++;
            n++;
        }
        double f1 = 0;
        int correct = 0;
        for (int c = 0; c < 3; c++) {
            int tp = m[c][c];
            int fp = 0;
            int fn = 0;
            for (int o = 0; o < 3; o++) {
                if (o != c) {
                    fp += m[o][c];
                    fn += m[c][o];
                }
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("  %-9s P %.3f R %.3f F1 %.3f%n", names[c], p, r, f);
            f1 += f / 3;
            correct += tp;
        }
        System.out.printf("SmSA valid through the monitoring path: n=%d macro-F1 %.3f accuracy %.3f; read as not Indonesian: %d (%.1f%%)%n",
                n, f1, (double) correct / n, notIndonesian, 100.0 * notIndonesian / n);
        System.out.println("  gold \\ four classes: positif, netral, berpotensi negatif, negatif");
        for (int g = 0; g < 3; g++) {
            System.out.printf("  gold %-9s -> %s%n", names[g], java.util.Arrays.toString(four[g]));
        }
        int goldNegative = m[2][0] + m[2][1] + m[2][2];
        int predictedNegative = m[0][2] + m[1][2] + m[2][2];
        System.out.printf("  share negatif + berpotensi negatif: gold %.1f%%, predicted %.1f%%%n",
                100.0 * goldNegative / n, 100.0 * predictedNegative / n);
    }

    static void idkMrc(Path file) throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int passage = 0;
        for (JsonNode doc : root) {
            for (JsonNode qa : doc.get("qas")) {
                texts.add(qa.get("question").asString());
                labels.add(Integer.toString(passage));
            }
            passage++;
        }
        quality("IDK-MRC valid questions (" + passage + " passages)", texts, labels);
    }

    /** A CSV of title,category with a header line; quoted fields may hold commas and doubled quotes. */
    static void news(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() >= 2 && !row.get(0).isBlank() && !row.getLast().isBlank()) {
                texts.add(row.get(0));
                labels.add(row.getLast().strip());
            }
        }
        // The file is sorted by category; a stream of news is not: shuffle once, with a fixed seed.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        quality(file.getFileName() + " (" + new java.util.TreeSet<>(labels) + ", shuffled, seed 42)",
                order.stream().map(texts::get).toList(), order.stream().map(labels::get).toList());
    }

    static void quality(String name, List<String> texts, List<String> labels) {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        List<MonitoredItem> items = new ArrayList<>();
        Map<String, String> label = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = "i" + i;
            items.add(new MonitoredItem(id, SourceKind.FEED, "set", t.plusSeconds(i), null, texts.get(i), null,
                    Sentiment.NETRAL, 1, true, null));
            label.put(id, labels.get(i));
        }
        for (double threshold : new double[]{0.3, 0.4, 0.5}) {
            long start = System.nanoTime();
            List<TopicClustering.Cluster> clusters = new TopicClustering(threshold, java.util.Set.of()).group(items);
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<List<String>> groups = clusters.stream().map(c -> c.items.stream().map(i -> label.get(i.id())).toList()).toList();
            Scores all = Scores.of(groups);
            Scores shared = Scores.of(groups.stream().filter(g -> g.size() >= 2).toList());
            System.out.printf("%s, %d items, threshold %.1f: %d topics; purity %.3f, inverse purity %.3f, NMI %.3f; "
                            + "topics of 2+ items hold %.1f%% of items, purity there %.3f; largest topic %d; %d ms%n",
                    name, items.size(), threshold, clusters.size(), all.purity, all.inversePurity, all.nmi,
                    100.0 * shared.n / all.n, shared.purity, groups.stream().mapToInt(List::size).max().orElse(0), ms);
        }
    }

    /** Purity, inverse purity and NMI (mutual information over the arithmetic mean of the two entropies). */
    record Scores(int n, double purity, double inversePurity, double nmi) {

        static Scores of(List<List<String>> groups) {
            int n = groups.stream().mapToInt(List::size).sum();
            if (n == 0) {
                return new Scores(0, 0, 0, 0);
            }
            Map<String, Integer> perLabel = new HashMap<>();
            Map<String, Map<Integer, Integer>> labelInGroup = new HashMap<>();
            int majority = 0;
            double mutual = 0;
            for (int g = 0; g < groups.size(); g++) {
                Map<String, Integer> counts = new HashMap<>();
                for (String l : groups.get(g)) {
                    counts.merge(l, 1, Integer::sum);
                    perLabel.merge(l, 1, Integer::sum);
                    labelInGroup.computeIfAbsent(l, k -> new HashMap<>()).merge(g, 1, Integer::sum);
                }
                majority += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            }
            double hGroups = 0;
            for (List<String> group : groups) {
                double p = (double) group.size() / n;
                hGroups -= p * Math.log(p);
            }
            double hLabels = 0;
            for (int count : perLabel.values()) {
                double p = (double) count / n;
                hLabels -= p * Math.log(p);
            }
            for (Map.Entry<String, Map<Integer, Integer>> e : labelInGroup.entrySet()) {
                for (Map.Entry<Integer, Integer> cell : e.getValue().entrySet()) {
                    double joint = (double) cell.getValue() / n;
                    mutual += joint * Math.log(joint / (((double) groups.get(cell.getKey()).size() / n) * ((double) perLabel.get(e.getKey()) / n)));
                }
            }
            int inverse = labelInGroup.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
            double nmi = hGroups + hLabels == 0 ? 1 : 2 * mutual / (hGroups + hLabels);
            return new Scores(n, (double) majority / n, (double) inverse / n, nmi);
        }
    }

    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
