package id.sigap.sentiment;

import id.sigap.sentiment.SentimentWords.Kind;
import id.sigap.texts.NoIndonesianLiteralsTestAccess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentiment rules' words are in resources, one list per purpose. */
class SentimentWordsTest {

    private static final SentimentWords words = SentimentWords.shipped();

    @Test
    void listsWithNeighbouringPurposesShareNoWord() {
        assertThat(intersection(words.of(Kind.COMPLAINT), words.of(Kind.ASKING))).isEmpty();
        assertThat(intersection(words.of(Kind.COMPLAINT), words.of(Kind.YES_NO))).isEmpty();
        assertThat(intersection(words.of(Kind.BLAMED), words.of(Kind.ADDRESSED))).isEmpty();
        assertThat(intersection(words.of(Kind.INSULT_TARGET), words.of(Kind.BLAMED))).isEmpty();
        assertThat(intersection(words.of(Kind.INSULT_TARGET), words.of(Kind.ADDRESSED))).isEmpty();
        assertThat(intersection(words.of(Kind.ASKING), words.of(Kind.OPENS_QUESTION))).isEmpty();
    }

    @Test
    void theDetectorsReadTheirPatternsFromResources() {
        assertThat(DetectionPatterns.load("sentiment/emergency.tsv").rules()).hasSizeGreaterThan(40);
        assertThat(DetectionPatterns.load("sentiment/human-request.tsv").requests()).hasSizeGreaterThan(20);
    }

    /**
     * No Java literal of the rules is a word of the resource lists or of the lexicon, except the few words the tag
     * rules are built on; spelling, morphology and emoji (Lexicon, TextNormaliser, Emoji) are not word lists.
     */
    @Test
    void noWordListIsWrittenInJava() throws IOException {
        Set<String> known = new HashSet<>();
        for (Kind kind : Kind.values()) {
            known.addAll(words.of(kind));
        }
        id.sigap.texts.ResourceTable.read("sentiment/lexicon.tsv", (line, fields) -> known.add(fields[0].strip()));
        // the words the tag and negation rules are built on, and a signal name that is also an English lexicon word
        Set<String> structural = Set.of("tidak", "belum", "bukan", "jangan", "sudah", "masih", "ada", "yang", "kali", "worry");
        // spelling, morphology and emoji tokens are not word lists
        Set<String> exempt = Set.of("Lexicon.java", "TextNormaliser.java", "Emoji.java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/id/sigap/sentiment"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (exempt.contains(file.getFileName().toString())) {
                    continue;
                }
                String code = Files.readString(file);
                for (var literal : NoIndonesianLiteralsTestAccess.literals(code)) {
                    if (known.contains(literal) && !structural.contains(literal) || literal.contains("(?:") && literal.matches("(?s).*[a-z]{3,}\\|[a-z]{3,}.*")) {
                        found.add(file.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("word lists belong in src/main/resources/sentiment/").isEmpty();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
