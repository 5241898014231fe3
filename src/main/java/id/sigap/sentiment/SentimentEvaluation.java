package id.sigap.sentiment;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures a classifier on a labelled file: macro-F1 and confusion matrices, emergency and
 * "wants a human" precision and recall, and classification latency after warm-up.
 * Two formats: the team's ({@code text, sentiment, emergency, wants_human} with a header, four classes)
 * and SmSA's ({@code text<TAB>positive|neutral|negative}, no header, compared on three classes).
 */
public final class SentimentEvaluation {

    private static final String[] THREE = {"positive", "neutral", "negative"};

    private record Example(String text, Sentiment sentiment, int polarity, Boolean emergency, Boolean wantsHuman) {
    }

    private SentimentEvaluation() {
    }

    /** Evaluates and prints the report; {@code showErrors} also lists every misclassified message. */
    public static void run(SentimentClassifier classifier, Path file, PrintStream out, boolean showErrors) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean team = !lines.isEmpty() && lines.getFirst().startsWith("text\t");
        List<Example> examples = new ArrayList<>();
        for (String line : team ? lines.subList(1, lines.size()) : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank()) {
                continue;
            }
            if (team) {
                Sentiment s = Sentiment.fromLabel(f[1]);
                examples.add(new Example(f[0], s, polarity(s),
                        f.length > 2 ? Boolean.parseBoolean(f[2].strip()) : null,
                        f.length > 3 ? Boolean.parseBoolean(f[3].strip()) : null));
            } else {
                int p = Arrays.asList(THREE).indexOf(f[1].strip());
                if (p >= 0) {
                    examples.add(new Example(f[0], null, p, null, null));
                }
            }
        }
        int[][] four = new int[4][4];
        int[][] three = new int[3][3];
        int[] emergency = new int[4]; // tp, fp, fn, tn
        int[] human = new int[4];
        List<String> errors = new ArrayList<>();
        for (Example example : examples) {
            Classification c = classifier.classify(example.text());
            three[example.polarity()][polarity(c.sentiment())]++;
            boolean wrong = example.polarity() != polarity(c.sentiment());
            if (example.sentiment() != null) {
                four[example.sentiment().ordinal()][c.sentiment().ordinal()]++;
                wrong = example.sentiment() != c.sentiment();
            }
            if (example.emergency() != null) {
                count(emergency, example.emergency(), c.emergency());
                wrong |= example.emergency() != c.emergency();
            }
            if (example.wantsHuman() != null) {
                count(human, example.wantsHuman(), c.wantsHuman());
                wrong |= example.wantsHuman() != c.wantsHuman();
            }
            if (wrong) {
                errors.add(String.format(Locale.ROOT, "  want %s%s%s got %s%s%s %.2f | %s | %s",
                        example.sentiment() == null ? THREE[example.polarity()] : example.sentiment().label(),
                        Boolean.TRUE.equals(example.emergency()) ? " E" : "", Boolean.TRUE.equals(example.wantsHuman()) ? " H" : "",
                        c.sentiment().label(), c.emergency() ? " E" : "", c.wantsHuman() ? " H" : "", c.confidence(),
                        example.text(), String.join(" ", c.signals())));
            }
        }
        out.printf(Locale.ROOT, "== %s: %d messages%n", file, examples.size());
        if (team) {
            out.printf(Locale.ROOT, "macro-F1 (4 classes): %.3f   accuracy: %.3f%n", macroF1(four), accuracy(four));
            printMatrix(out, four, Arrays.stream(Sentiment.values()).map(Sentiment::label).toArray(String[]::new));
        }
        out.printf(Locale.ROOT, "macro-F1 (3 classes, negatif+berpotensi_negatif = negative): %.3f   accuracy: %.3f%n",
                macroF1(three), accuracy(three));
        printMatrix(out, three, THREE);
        if (team) {
            printBinary(out, "emergency", emergency);
            printBinary(out, "wantsHuman", human);
        }
        printLatency(out, classifier, examples);
        if (showErrors) {
            out.println("errors:");
            errors.forEach(out::println);
        }
    }

    private static int polarity(Sentiment s) {
        return switch (s) {
            case POSITIF -> 0;
            case NETRAL -> 1;
            case BERPOTENSI_NEGATIF, NEGATIF -> 2;
        };
    }

    private static void count(int[] cells, boolean expected, boolean actual) {
        cells[expected ? (actual ? 0 : 2) : (actual ? 1 : 3)]++;
    }

    static double macroF1(int[][] m) {
        double sum = 0;
        for (int c = 0; c < m.length; c++) {
            sum += f1(m, c);
        }
        return sum / m.length;
    }

    private static double f1(int[][] m, int c) {
        int tp = m[c][c];
        int predicted = 0;
        int actual = 0;
        for (int k = 0; k < m.length; k++) {
            predicted += m[k][c];
            actual += m[c][k];
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = actual == 0 ? 0 : (double) tp / actual;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double accuracy(int[][] m) {
        int right = 0;
        int all = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                all += m[i][j];
                right += i == j ? m[i][j] : 0;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    private static void printMatrix(PrintStream out, int[][] m, String[] names) {
        out.printf(Locale.ROOT, "  %-20s", "gold \\ predicted");
        for (String name : names) {
            out.printf(Locale.ROOT, "%20s", name);
        }
        out.printf(Locale.ROOT, "%8s%n", "F1");
        for (int i = 0; i < m.length; i++) {
            out.printf(Locale.ROOT, "  %-20s", names[i]);
            for (int j = 0; j < m.length; j++) {
                out.printf(Locale.ROOT, "%20d", m[i][j]);
            }
            out.printf(Locale.ROOT, "%8.3f%n", f1(m, i));
        }
    }

    private static void printBinary(PrintStream out, String name, int[] cells) {
        double precision = cells[0] + cells[1] == 0 ? 0 : (double) cells[0] / (cells[0] + cells[1]);
        double recall = cells[0] + cells[2] == 0 ? 0 : (double) cells[0] / (cells[0] + cells[2]);
        out.printf(Locale.ROOT, "%s: precision %.3f recall %.3f (tp %d, fp %d, fn %d, tn %d)%n",
                name, precision, recall, cells[0], cells[1], cells[2], cells[3]);
    }

    /**
     * Wall-clock time per classification after warm-up, and the thread's CPU time for the same calls: on a
     * shared machine the wall-clock tail includes time the thread waited for a core, the CPU time does not.
     */
    private static void printLatency(PrintStream out, SentimentClassifier classifier, List<Example> examples) {
        for (int warm = 0; warm < 10; warm++) {
            examples.forEach(e -> classifier.classify(e.text()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        int rounds = 5;
        long[] wall = new long[examples.size() * rounds];
        long[] used = new long[wall.length];
        int k = 0;
        for (int round = 0; round < rounds; round++) {
            for (Example e : examples) {
                long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
                long start = System.nanoTime();
                classifier.classify(e.text());
                wall[k] = System.nanoTime() - start;
                used[k++] = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(used);
        out.printf(Locale.ROOT, "latency after warm-up (%d classifications): wall p50 %.3f ms, p95 %.3f ms, p99 %.3f ms; "
                        + "cpu p50 %.3f ms, p95 %.3f ms%n", wall.length,
                wall[wall.length / 2] / 1e6, wall[(int) (wall.length * 0.95)] / 1e6, wall[(int) (wall.length * 0.99)] / 1e6,
                used[used.length / 2] / 1e6, used[(int) (used.length * 0.95)] / 1e6);
    }
}
