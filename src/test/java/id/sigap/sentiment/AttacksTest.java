package id.sigap.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A helper's attacks on the rules of 2026-12-03 (papers after a death or an accident, errand questions, questions about
 * something good), kept as they were read when the rules landed: every emergency stays one, every other message is no
 * emergency, and the sentiment of those the build read right stays right.
 */
class AttacksTest {

    private static final SentimentClassifier classifier = SentimentClassifier.offline();

    static Stream<Arguments> attacks() throws IOException {
        try (InputStream in = AttacksTest.class.getResourceAsStream("/sentiment/attacks-twelfth.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], f[2].equals("1")));
        }
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void anAttackIsReadAsWhenTheRulesLanded(String message, String sentiment, boolean emergency) {
        Classification reading = classifier.classify(message);

        assertThat(reading.emergency()).as(message).isEqualTo(emergency);
        if (sentiment.equals("negative")) {
            assertThat(reading.sentiment().isNegative()).as(message).isTrue();
        } else if (!sentiment.equals("-")) {
            assertThat(reading.sentiment().label()).as(message).isEqualTo(sentiment);
        }
    }
}
