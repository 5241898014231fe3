package id.sigap.sentiment;

import id.sigap.texts.ResourceTable;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A logistic model over the words and word pairs of a normalised message: the probability that it reports an
 * emergency in words no rule of {@code emergency.tsv} knows ("mulutnya berbusa", "kakinya ketekuk aneh"). Learnt by
 * {@code EmergencyModelTrainer} (test sources) from the team's labelled citizen messages; it only adds to the rules,
 * and what it finds passes the same guards (past, resolved, supposed, casual). See docs/sentiment.md.
 */
final class EmergencyModel {

    /** The resource the weights are read from: {@code feature<TAB>weight}, the bias as {@link #BIAS}. */
    static final String RESOURCE = "sentiment/emergency-model.tsv";
    /** The name of the bias line. */
    static final String BIAS = "__bias__";
    /**
     * The probability from which the model gives its second opinion (a person at high priority and the line "if anyone
     * is in danger, call 112 now", not the emergency reply). 0.9 from the fourteenth session; 0.8 since the
     * twenty-fourth. On the rows of the team's sets each read by the model learnt without it ({@code
     * EmergencyModelTrainer --held-out}: 658 emergencies, 1,968 others) 0.7 catches most for its false alarms (644 / 56
     * against 637 / 46 at 0.8 and 632 / 41 at 0.9), but those sets are a third emergencies; in conversations written
     * like real traffic (three batches of 60, held out) the second opinions between 0.7 and 0.8 were all false (a school
     * timetable, a well dispute, a permit complaint), so 0.8: docs/sentiment.md.
     */
    static final double THRESHOLD = 0.8;
    /** No model: never alarms (for tests of the rules alone). */
    static final EmergencyModel NONE = new EmergencyModel(Map.of(), -100);

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    EmergencyModel(Map<String, Double> weights, double bias) {
        this(weights, bias, THRESHOLD);
    }

    private EmergencyModel(Map<String, Double> weights, double bias, double threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The same weights giving their second opinion from another probability (to measure thresholds). */
    EmergencyModel withThreshold(double threshold) {
        return new EmergencyModel(weights, bias, threshold);
    }

    /** The probability from which this model gives its second opinion. */
    double threshold() {
        return threshold;
    }

    static EmergencyModel load() {
        Map<String, Double> weights = new HashMap<>();
        double[] bias = {0};
        ResourceTable.read(RESOURCE, (line, fields) -> {
            if (fields.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected feature<TAB>weight, not \"" + line + "\"");
            }
            double weight = Double.parseDouble(fields[1]);
            if (fields[0].equals(BIAS)) {
                bias[0] = weight;
            } else {
                weights.put(fields[0], weight);
            }
        });
        return new EmergencyModel(Map.copyOf(weights), bias[0]);
    }

    /** The words ("w:banjir") and the pairs of neighbouring words within a clause ("b:air_naik") of a message. */
    static Set<String> features(NormalisedText text) {
        Set<String> features = new LinkedHashSet<>();
        List<String> tokens = text.tokens();
        String previous = null;
        for (String token : tokens) {
            if (token.equals(NormalisedText.BREAK)) {
                previous = null;
                continue;
            }
            features.add("w:" + token);
            if (previous != null) {
                features.add("b:" + previous + "_" + token);
            }
            previous = token;
        }
        return features;
    }

    double probability(NormalisedText text) {
        double z = bias;
        for (String feature : features(text)) {
            z += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the model alone reads the message as an emergency. */
    boolean alarms(NormalisedText text) {
        return probability(text) >= threshold;
    }
}
