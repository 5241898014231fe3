package id.sigap.conversation;

import id.sigap.conversation.TurnFacts.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic citizen messages aimed at each reader's misreadings (conversation/reader-attacks.tsv explains the
 * columns): everyday questions with another topic's trigger word, and real out-of-scope, sensitive, bereaved and
 * small-talk messages in unusual wordings.
 */
class ReaderAttackTest {

    static Stream<Arguments> attacks() throws IOException {
        try (InputStream in = ReaderAttackTest.class.getResourceAsStream("/conversation/reader-attacks.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1], f[2])).toList().stream();
        }
    }

    @ParameterizedTest(name = "[{2}] {0} -> {1}")
    @MethodSource("attacks")
    void eachMessageIsReadAsExpected(String text, String expected, String reader) {
        assertThat(reading(text, expected)).as(reader + ": " + text).isEqualTo(expected);
    }

    private static String reading(String text, String expected) {
        if (expected.endsWith("FOLLOW")) {
            return FollowUp.marked(text) ? "FOLLOW" : "NOT_FOLLOW";
        }
        if (expected.startsWith("CHOICE_")) {
            int n = Choices.inWords(text);
            return n < 0 ? "CHOICE_NONE" : "CHOICE_" + n;
        }
        Reading reading = KnowledgeAnswerer.read(text, SmallTalk.recognise(text).isPresent());
        return reading == Reading.FRAGMENT ? Reading.QUESTION.name() : reading.name();
    }
}
