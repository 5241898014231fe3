package id.sigap.cli;

import id.sigap.sentiment.Classification;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.sentiment.SentimentEvaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code classify}: one stdin line is one message; one JSON object a line on stdout (CONTRACT.md).
 * Runs without a Spring context so that it starts fast. Hidden option:
 * {@code classify --eval FILE... [--errors]} prints macro-F1, confusion matrices and latency (docs/sentiment.md).
 * Arguments: {@link ClassifyCommand}.
 */
final class ClassifyVerb {

    private ClassifyVerb() {
    }

    static int run(InputStream in, PrintStream out) {
        SentimentClassifier classifier = SentimentClassifier.offline();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder json = new StringBuilder(256);
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                json.setLength(0);
                out.println(toJson(classifier.classify(line), json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return 0;
    }

    /** {@code classify --eval FILE... [--errors]}: measures the classifier on labelled files. */
    static int evaluate(java.util.List<Path> labelled, boolean errors, PrintStream out) {
        SentimentClassifier classifier = SentimentClassifier.offline();
        int files = 0;
        try {
            for (Path file : labelled) {
                if (!Files.isReadable(file)) {
                    out.println("== " + file + ": not found, skipped");
                    continue;
                }
                SentimentEvaluation.run(classifier, file, out, errors);
                files++;
            }
        } catch (IOException e) {
            throw new CommandLineVerbs.BadInput("cannot read evaluation file: " + e.getMessage());
        }
        if (files == 0) {
            throw new CommandLineVerbs.BadInput("classify --eval needs at least one readable labelled file");
        }
        return 0;
    }

    static String toJson(Classification c, StringBuilder json) {
        json.append("{\"text\": ");
        quote(c.text(), json);
        json.append(", \"sentiment\": \"").append(c.sentiment().label())
                .append("\", \"confidence\": ").append(String.format(Locale.ROOT, "%.3f", c.confidence()))
                .append(", \"emergency\": ").append(c.emergency())
                .append(", \"wantsHuman\": ").append(c.wantsHuman())
                .append('}');
        return json.toString();
    }

    private static void quote(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        json.append('"');
    }
}
