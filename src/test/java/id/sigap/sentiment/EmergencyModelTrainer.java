package id.sigap.sentiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns {@link EmergencyModel} (logistic regression over {@link EmergencyModel#features}, batch gradient descent,
 * deterministic) from the team's labelled messages: the emergency column of {@code eval/sentiment-*.tsv}, the
 * {@code eval/emergency-*.tsv} sets except the held-out {@code emergency-holdout.tsv}, {@code emergency-regional.tsv},
 * {@code emergency-crises-holdout.tsv} and {@code emergency-long-holdout.tsv},
 * the attacks of
 * {@code src/test/resources/sentiment/attacks-twelfth.tsv}; as further non-emergencies the SmSA train split (when given)
 * and the golden questions the rules do not read as an emergency. With {@code --held-out} it prints, for every set,
 * what the rules, the model and both catch when the model is learnt without that set. Run from the repository root:
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/classes:target/test-classes id.sigap.sentiment.EmergencyModelTrainer \
 *      [--held-out] [../shared/data/sentiment/smsa-train.tsv] [src/main/resources/sentiment/emergency-model.tsv]
 * </pre>
 */
public final class EmergencyModelTrainer {

    static final int ITERATIONS = 400;
    static final double LEARNING_RATE = 2.0;
    static final double L2 = 1e-5;
    static final int MIN_DF = 2;
    /** Emergencies weigh this share of the balance of the classes (fewer false alarms than full balance). */
    static final double POSITIVE_SHARE = 0.3;
    static final String HOLDOUT = "emergency-holdout.tsv";
    /** Regional-language emergencies, held out for the regional words of slang.tsv (fifteenth session). */
    static final String REGIONAL = "emergency-regional.tsv";

    /** Other crises' dangers, written after the rules of the twenty-fourth session and held out for them. */
    static final String CRISES_HOLDOUT = "emergency-crises-holdout.tsv";
    /** Long messages, written after the long-message rules of the twenty-fifth session and held out for them. */
    static final String LONG_HOLDOUT = "emergency-long-holdout.tsv";
    private static final List<String> HELD_OUT = List.of(HOLDOUT, REGIONAL, CRISES_HOLDOUT, LONG_HOLDOUT);

    private static boolean heldOut(String set) {
        return HELD_OUT.contains(set);
    }
    private static final Pattern QUESTION = Pattern.compile("\"question\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private EmergencyModelTrainer() {
    }

    record Example(String text, boolean emergency, String set) {
    }

    public static void main(String[] args) throws IOException {
        boolean heldOut = args.length > 0 && args[0].equals("--held-out");
        int from = heldOut ? 1 : 0;
        Path smsa = Path.of(args.length > from ? args[from] : "../shared/data/sentiment/smsa-train.tsv");
        Path out = Path.of(args.length > from + 1 ? args[from + 1] : "src/main/resources/" + EmergencyModel.RESOURCE);
        Lexicon lexicon = Lexicon.load();
        TextNormaliser normaliser = new TextNormaliser(lexicon.slang(), lexicon::knows);
        EmergencyDetector rules = new EmergencyDetector(EmergencyModel.NONE);
        List<Example> examples = examples(normaliser, rules, smsa);
        Map<String, NormalisedText> normalised = new HashMap<>();
        for (Example example : examples) {
            normalised.computeIfAbsent(example.text(), normaliser::normalise);
        }
        if (!heldOut) {
            EmergencyModel model = train(examples.stream().filter(e -> !heldOut(e.set())).toList(), normalised, out);
            System.out.printf(Locale.ROOT, "written %s from %d messages%n", out, examples.size());
            report(HELD_OUT, examples, normalised, rules, e -> model);
            return;
        }
        List<String> sets = examples.stream().map(Example::set).distinct().filter(s -> !s.equals("smsa-train")).toList();
        Map<String, EmergencyModel> without = new HashMap<>();
        java.util.function.Function<String, EmergencyModel> modelWithout = set -> without.computeIfAbsent(set,
                s -> train(examples.stream().filter(e -> !e.set().equals(s) && !heldOut(e.set())).toList(),
                        normalised, null));
        report(sets, examples, normalised, rules, modelWithout);
        thresholds(sets.stream().filter(s -> !heldOut(s)).toList(), examples, normalised, modelWithout);
    }

    /**
     * What the rules and the model catch together, pooled over {@code sets} with each set read by the model learnt
     * without it, for second opinions from several probabilities: the threshold is chosen on these rows, never on the
     * held-out sets.
     */
    private static void thresholds(List<String> sets, List<Example> examples, Map<String, NormalisedText> normalised,
                                   java.util.function.Function<String, EmergencyModel> modelWithout) {
        double[] thresholds = {0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5};
        int[] caught = new int[thresholds.length];
        int[] alarms = new int[thresholds.length];
        int positives = 0;
        int negatives = 0;
        for (String set : sets) {
            EmergencyModel model = modelWithout.apply(set);
            for (Example example : examples) {
                if (!example.set().equals(set)) {
                    continue;
                }
                NormalisedText text = normalised.get(example.text());
                if (example.emergency()) {
                    positives++;
                } else {
                    negatives++;
                }
                for (int i = 0; i < thresholds.length; i++) {
                    EmergencyDetector.Findings findings = new EmergencyDetector(model.withThreshold(thresholds[i]))
                            .read(text);
                    boolean said = !findings.signals().isEmpty() || findings.secondOpinion() != null;
                    if (said && example.emergency()) {
                        caught[i]++;
                    } else if (said) {
                        alarms[i]++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nPooled over the sets left out one at a time (%d emergencies, %d others):%n",
                positives, negatives);
        System.out.println("| second opinion from | rules and model: caught / false alarms |");
        System.out.println("| --- | --- |");
        for (int i = 0; i < thresholds.length; i++) {
            System.out.printf(Locale.ROOT, "| %.2f | %d / %d |%n", thresholds[i], caught[i], alarms[i]);
        }
    }

    private static void report(List<String> sets, List<Example> examples, Map<String, NormalisedText> normalised,
                               EmergencyDetector rules, java.util.function.Function<String, EmergencyModel> modelWithout) {
        System.out.println("| set | emergencies | others | rules: caught / false alarms | model alone | rules and model |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (String set : sets) {
            EmergencyModel model = modelWithout.apply(set);
            EmergencyDetector both = new EmergencyDetector(model);
            int positives = 0;
            int negatives = 0;
            int[] caught = new int[3];
            int[] alarms = new int[3];
            for (Example example : examples) {
                if (!example.set().equals(set)) {
                    continue;
                }
                NormalisedText text = normalised.get(example.text());
                EmergencyDetector.Findings findings = both.read(text);
                boolean[] said = {!rules.read(text).signals().isEmpty(), model.alarms(text),
                        !findings.signals().isEmpty() || findings.secondOpinion() != null};
                if (example.emergency()) {
                    positives++;
                } else {
                    negatives++;
                }
                for (int i = 0; i < 3; i++) {
                    if (said[i] && example.emergency()) {
                        caught[i]++;
                    } else if (said[i]) {
                        alarms[i]++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d / %d | %d / %d | %d / %d |%n", set, positives, negatives,
                    caught[0], alarms[0], caught[1], alarms[1], caught[2], alarms[2]);
        }
    }

    static List<Example> examples(TextNormaliser normaliser, EmergencyDetector rules, Path smsa) throws IOException {
        Map<String, Example> byText = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("eval"), "*.tsv")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean sentiment = name.startsWith("sentiment-");
            if (!sentiment && !name.startsWith("emergency-")) {
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (line.startsWith("#") || fields.length < 3 || fields[0].equals("text")) {
                    continue;
                }
                boolean emergency = sentiment ? fields[2].strip().equals("true") : fields[1].strip().equals("1");
                byText.putIfAbsent(fields[0], new Example(fields[0], emergency, name));
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/sentiment/attacks-twelfth.tsv"), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length >= 3) {
                byText.putIfAbsent(fields[0], new Example(fields[0], fields[2].strip().equals("1"), "attacks"));
            }
        }
        Matcher question = QUESTION.matcher(Files.readString(Path.of("eval/golden.jsonl"), StandardCharsets.UTF_8));
        while (question.find()) {
            String text = question.group(1).replace("\\\"", "\"");
            if (rules.read(normaliser.normalise(text)).signals().isEmpty()) {
                byText.putIfAbsent(text, new Example(text, false, "golden"));
            }
        }
        if (Files.exists(smsa)) {
            for (String line : Files.readAllLines(smsa, StandardCharsets.UTF_8)) {
                String text = line.split("\t")[0];
                byText.putIfAbsent(text, new Example(text, false, "smsa-train"));
            }
        } else {
            System.err.println("SmSA train not found, learning without it: " + smsa.toAbsolutePath());
        }
        return new ArrayList<>(byText.values());
    }

    /** Learns the model from {@code examples}; writes it to {@code out} when that is not null. */
    static EmergencyModel train(List<Example> examples, Map<String, NormalisedText> normalised, Path out) {
        Map<String, Integer> df = new TreeMap<>();
        List<List<String>> docs = new ArrayList<>();
        for (Example example : examples) {
            List<String> features = new ArrayList<>(EmergencyModel.features(normalised.get(example.text())));
            docs.add(features);
            features.forEach(f -> df.merge(f, 1, Integer::sum));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        df.forEach((feature, count) -> {
            if (count >= MIN_DF) {
                index.put(feature, index.size());
            }
        });
        int n = docs.size();
        int[][] x = new int[n][];
        double[] y = new double[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            x[i] = docs.get(i).stream().filter(index::containsKey).mapToInt(index::get).toArray();
            y[i] = examples.get(i).emergency() ? 1 : 0;
            positives += (int) y[i];
        }
        double positiveWeight = POSITIVE_SHARE * (n - positives) / Math.max(1, positives);
        double[] w = new double[index.size()];
        double b = 0;
        double[] grad = new double[w.length];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(grad, 0);
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int f : x[i]) {
                    z += w[f];
                }
                double g = (1 / (1 + Math.exp(-z)) - y[i]) * (y[i] == 1 ? positiveWeight : 1);
                for (int f : x[i]) {
                    grad[f] += g;
                }
                gradB += g;
            }
            for (int f = 0; f < w.length; f++) {
                w[f] -= LEARNING_RATE * (grad[f] / n + L2 * w[f]);
            }
            b -= LEARNING_RATE * gradB / n;
        }
        Map<String, Double> weights = new TreeMap<>();
        for (var entry : index.entrySet()) {
            double weight = w[entry.getValue()];
            if (Math.abs(weight) >= 1e-3) {
                weights.put(entry.getKey(), Math.round(weight * 1e4) / 1e4);
            }
        }
        double bias = Math.round(b * 1e4) / 1e4;
        if (out != null) {
            write(out, weights, bias, n, positives);
        }
        return new EmergencyModel(weights, bias);
    }

    private static void write(Path out, Map<String, Double> weights, double bias, int n, int positives) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println("# Sigap: the learnt emergency model (EmergencyModel), written by EmergencyModelTrainer; do not edit by hand.");
            writer.printf(Locale.ROOT, "# %d messages, %d of them emergencies; %d features.%n", n, positives, weights.size());
            writer.println(EmergencyModel.BIAS + "\t" + bias);
            weights.forEach((feature, weight) -> writer.println(feature + "\t" + weight));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
