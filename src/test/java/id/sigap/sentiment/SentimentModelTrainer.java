package id.sigap.sentiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates {@code src/main/resources/sentiment/model.tsv}: multinomial logistic regression (AdaGrad, L2,
 * class-balanced) over {@link FeatureExtractor} features, trained on the SmSA train split (IndoNLU,
 * Apache-2.0). The data stays outside the repository; only the learned weights are shipped.
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/classes:target/test-classes id.sigap.sentiment.SentimentModelTrainer \
 *      ../shared/data/sentiment/smsa-train.tsv src/main/resources/sentiment/model.tsv
 * </pre>
 */
public final class SentimentModelTrainer {

    static final int EPOCHS = 12;
    static final double LEARNING_RATE = 0.3;
    static final double L2 = 2e-5;
    static final int MIN_WORD_DF = 2;
    static final int MIN_PAIR_DF = 3;

    private SentimentModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path train = Path.of(args.length > 0 ? args[0] : "../shared/data/sentiment/smsa-train.tsv");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/sentiment/model.tsv");
        if (!Files.exists(train)) {
            System.err.println("training data not found: " + train.toAbsolutePath());
            System.exit(2);
        }
        Lexicon lexicon = Lexicon.load();
        TextNormaliser normaliser = new TextNormaliser(lexicon.slang(), lexicon::knows);
        LexiconScorer scorer = new LexiconScorer(lexicon);
        FeatureExtractor extractor = new FeatureExtractor(lexicon.negators());

        List<Map<String, Double>> docs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String line : Files.readAllLines(train, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            int label = List.of(LinearModel.CLASSES).indexOf(fields[1].strip());
            if (label < 0) {
                continue;
            }
            NormalisedText text = normaliser.normalise(fields[0]);
            Map<String, Double> features = extractor.features(text, scorer.score(text));
            docs.add(features);
            labels.add(label);
            features.keySet().forEach(name -> df.merge(name, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        for (var entry : df.entrySet()) {
            String name = entry.getKey();
            int minDf = name.startsWith("w:") ? MIN_WORD_DF : name.startsWith("b:") ? MIN_PAIR_DF : 1;
            if (entry.getValue() >= minDf) {
                index.put(name, index.size());
            }
        }
        int[] counts = new int[3];
        labels.forEach(label -> counts[label]++);
        double[] classWeight = new double[3];
        for (int c = 0; c < 3; c++) {
            classWeight[c] = docs.size() / (3.0 * counts[c]);
        }

        int n = index.size();
        double[][] w = new double[n + 1][3];
        double[][] g = new double[n + 1][3];
        int biasRow = n;
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            order.add(d);
        }
        Random random = new Random(20260401L);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double loss = 0;
            for (int d : order) {
                Map<String, Double> doc = docs.get(d);
                int[] ids = new int[doc.size() + 1];
                double[] xs = new double[doc.size() + 1];
                int k = 0;
                for (var feature : doc.entrySet()) {
                    Integer id = index.get(feature.getKey());
                    if (id != null && feature.getValue() != 0) {
                        ids[k] = id;
                        xs[k++] = feature.getValue();
                    }
                }
                ids[k] = biasRow;
                xs[k++] = 1;
                double[] z = new double[3];
                for (int j = 0; j < k; j++) {
                    for (int c = 0; c < 3; c++) {
                        z[c] += w[ids[j]][c] * xs[j];
                    }
                }
                double[] p = LinearModel.softmax(z);
                int y = labels.get(d);
                loss -= classWeight[y] * Math.log(p[y] + 1e-12);
                for (int j = 0; j < k; j++) {
                    for (int c = 0; c < 3; c++) {
                        double grad = classWeight[y] * (p[c] - (c == y ? 1 : 0)) * xs[j]
                                + (ids[j] == biasRow ? 0 : L2 * docs.size() / 100.0 * w[ids[j]][c]);
                        g[ids[j]][c] += grad * grad;
                        w[ids[j]][c] -= LEARNING_RATE * grad / (Math.sqrt(g[ids[j]][c]) + 1e-8);
                    }
                }
            }
            System.err.printf(Locale.ROOT, "epoch %d loss %.4f%n", epoch + 1, loss / docs.size());
        }

        Map<String, double[]> kept = new TreeMap<>();
        for (var entry : index.entrySet()) {
            double[] row = w[entry.getValue()];
            double max = Math.max(Math.abs(row[0]), Math.max(Math.abs(row[1]), Math.abs(row[2])));
            if (max >= 0.01) {
                kept.put(entry.getKey(), row);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println("# Sigap sentiment model: logistic regression weights (positive, neutral, negative) per feature.");
            writer.println("# Learned from the SmSA train split of IndoNLU (Wilie et al., 2020; Apache-2.0); no text of it is stored here.");
            writer.println("# Regenerate: see docs/sentiment.md (SentimentModelTrainer).");
            writer.printf(Locale.ROOT, "<bias>\t%.4f\t%.4f\t%.4f%n", w[biasRow][0], w[biasRow][1], w[biasRow][2]);
            for (var entry : kept.entrySet()) {
                double[] row = entry.getValue();
                writer.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", entry.getKey(), row[0], row[1], row[2]);
            }
        }
        System.err.printf(Locale.ROOT, "%d documents, %d features kept of %d, wrote %s (%d bytes)%n",
                docs.size(), kept.size(), n, out, Files.size(out));
    }
}
