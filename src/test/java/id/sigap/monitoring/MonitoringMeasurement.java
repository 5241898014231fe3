package id.sigap.monitoring;

import id.sigap.sentiment.Sentiment;
import id.sigap.sentiment.SentimentClassifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures monitoring on real Indonesian text written by others (not a unit test; run by hand, see
 * docs/monitoring.md): the sentiment classes of SmSA valid through the monitoring path (language check,
 * redaction, cut), and topic purity of IDK-MRC validation questions grouped by the passage they ask about.
 * The data stays in ../shared/data; nothing of it enters the repository.
 */
public final class MonitoringMeasurement {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        sentiment(data.resolve("sentiment/smsa-valid.tsv"));
        topics(data.resolve("retrieval/idk-mrc-valid.json"));
    }

    static void sentiment(Path file) throws Exception {
        SentimentClassifier classifier = SentimentClassifier.offline();
        String[] names = {"positive", "neutral", "negative"};
        int[][] m = new int[3][3];
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
            int predicted = s == Sentiment.POSITIF ? 0 : s == Sentiment.NETRAL ? 1 : 2;
            m[gold][predicted]++;
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
        for (int g = 0; g < 3; g++) {
            System.out.printf("  gold %-9s -> %s%n", names[g], java.util.Arrays.toString(m[g]));
        }
    }

    static void topics(Path file) throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        List<MonitoredItem> items = new ArrayList<>();
        Map<String, Integer> label = new HashMap<>();
        int passage = 0;
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        for (JsonNode doc : root) {
            for (JsonNode qa : doc.get("qas")) {
                String id = qa.get("id").asString();
                items.add(new MonitoredItem(id, SourceKind.GROUP, "idk-mrc", t.plusSeconds(items.size()), null,
                        qa.get("question").asString(), null, Sentiment.NETRAL, 1, true, null));
                label.put(id, passage);
            }
            passage++;
        }
        for (double threshold : new double[]{0.3, 0.4, 0.5}) {
            long start = System.nanoTime();
            List<TopicClustering.Cluster> clusters = new TopicClustering(threshold, java.util.Set.of()).group(items);
            long micros = (System.nanoTime() - start) / 1000;
            int majority = 0;
            Map<Integer, Map<Integer, Integer>> perPassage = new HashMap<>();
            for (int c = 0; c < clusters.size(); c++) {
                Map<Integer, Integer> counts = new HashMap<>();
                for (MonitoredItem item : clusters.get(c).items) {
                    counts.merge(label.get(item.id()), 1, Integer::sum);
                    perPassage.computeIfAbsent(label.get(item.id()), k -> new HashMap<>()).merge(c, 1, Integer::sum);
                }
                majority += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            }
            int inverse = perPassage.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
            int grouped = clusters.stream().mapToInt(c -> c.items.size()).sum();
            double purity = (double) majority / grouped;
            double inversePurity = (double) inverse / grouped;
            System.out.printf("IDK-MRC valid questions (%d, %d passages), threshold %.1f: %d topics, purity %.3f, inverse purity %.3f, F %.3f, %d ms%n",
                    items.size(), passage, threshold, clusters.size(), purity, inversePurity,
                    2 * purity * inversePurity / (purity + inversePurity), micros / 1000);
        }
    }
}
