package id.sigap.retrieval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The English glossary: how it is read, what it rewrites, and that it never rewrites Indonesian. */
class EnglishWordsTest {

    @Test
    void englishQuestionsGetTheKnowledgeBasesIndonesianWords() {
        assertThat(IndonesianNormalizer.normalize("How much is the fee for a birth certificate?"))
                .contains("berapa", "biaya", "akta kelahiran").doesNotContain("how", "fee", "birth");
        assertThat(IndonesianNormalizer.normalize("requirements to renew my driver's licence"))
                .contains("syarat", "perpanjang", "sim");
        assertThat(IndonesianNormalizer.normalize("Is there free internet, free of charge?")).contains("wifi", "gratis");
        assertThat(IndonesianNormalizer.normalize("we can't afford the government\u2019s insurance"))
                .contains("tidak mampu", "pemerintah", "asuransi");
        assertThat(IndonesianNormalizer.normalize("I don't know")).contains("tidak");
    }

    @Test
    void indonesianTextIsLeftAsItWas() {
        for (String text : List.of("air bersih di mana", "jangan pegang stop kontak", "main hp di posko",
                "jam buka kantor", "transfer ke rekening resmi", "data kk lain", "bus trans sangkara")) {
            assertThat(IndonesianNormalizer.normalize(text)).isEqualTo(text);
        }
    }

    @Test
    void functionWordsAreNoSearchTermsButStayInTheText() {
        assertThat(IndonesianNormalizer.normalize("the shelter")).isEqualTo("the posko pengungsian");
        assertThat(IndonesianAnalysis.terms(IndonesianNormalizer.normalize("Where is the nearest shelter? I'm lost")))
                .doesNotContain("the", "is", "i'm", "i", "where").contains("dekat", "hilang");
    }

    @Test
    void aMalformedLineIsAnErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> parse("# header", "syarat requirements")).hasMessageStartingWith("english.tsv:2:");
        assertThatThrownBy(() -> parse("syarat\trequirements", "biaya\tfee, requirements"))
                .hasMessageStartingWith("english.tsv:2:").hasMessageContaining("already listed on line 1");
        assertThatThrownBy(() -> parse("biaya\tfee, , cost")).hasMessageStartingWith("english.tsv:1:")
                .hasMessageContaining("empty member");
        assertThatThrownBy(() -> parse("\tfee")).hasMessageStartingWith("english.tsv:1:").hasMessageContaining("target");
        assertThatThrownBy(() -> parse("-\tthank you")).hasMessageStartingWith("english.tsv:1:");
        assertThatThrownBy(() -> parse("biaya\tFee")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> parse("tidak\tgak")).hasMessageContaining("normaliser's table");
    }

    @Test
    void wellFormedLinesGiveWordsPhrasesAndFunctionWords() {
        EnglishWords words = parse("# c", "", "ktp\tid card, identity card", "gratis\tfree", "-\tthe, i'm");
        assertThat(words.words()).containsEntry("free", "gratis");
        assertThat(words.phrases()).containsEntry("id card", "ktp");
        assertThat(words.stopWords()).containsExactlyInAnyOrder("the", "i'm");
    }

    /**
     * The guard against collisions: no English word or phrase of the glossary is a word (or run of words) of the
     * knowledge base's Indonesian text, or the normaliser would rewrite the entries' own Indonesian. A line counts as
     * Indonesian when it has more Indonesian function words than English ones (the entries also carry English
     * phrasings and an English paragraph). Three English words stand in Indonesian lines with their English meaning,
     * which the rewrite keeps: two names ("Tirta Raya Digital Library", "share location") and "hotline" (a phone
     * number in either language; the glossary read it so before it moved to its file).
     */
    @Test
    void noGlossaryWordIsAWordOfTheKnowledgeBasesIndonesianText() throws IOException {
        Set<String> indonesianFunctionWords = Set.of("yang", "dan", "di", "ke", "dari", "untuk", "dengan", "atau",
                "ini", "itu", "tidak", "bisa", "ada", "akan", "pada", "juga", "sudah", "saat", "bagi", "oleh", "apa",
                "saya", "kami", "jika", "agar", "karena", "lewat", "melalui", "setiap", "per", "mulai", "sampai");
        Set<String> english = IndonesianNormalizer.englishStopWords();
        Set<String> sameMeaning = Set.of("library", "location", "hotline");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("knowledge-base"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        Set<String> collisions = new TreeSet<>();
        for (String line : lines) {
            List<String> words = Arrays.asList(EnglishWords.phraseKey(line.toLowerCase(Locale.ROOT)).split(" "));
            long id = words.stream().filter(indonesianFunctionWords::contains).count();
            long en = words.stream().filter(english::contains).count();
            if (id <= en) {
                continue;
            }
            String padded = " " + String.join(" ", words) + " ";
            for (String member : IndonesianNormalizer.ENGLISH.members()) {
                String key = EnglishWords.phraseKey(member);
                if (!sameMeaning.contains(key) && padded.contains(" " + key + " ")) {
                    collisions.add(key + " <- " + line.strip());
                }
            }
        }
        assertThat(collisions).isEmpty();
    }

    @Test
    void noTargetIsItselfRewritten() {
        Set<String> rewritten = new HashSet<>(IndonesianNormalizer.ENGLISH.words().keySet());
        for (String target : new HashSet<>(IndonesianNormalizer.ENGLISH.words().values())) {
            assertThat(IndonesianNormalizer.normalize(target)).as(target).isEqualTo(target);
            assertThat(rewritten).doesNotContain(target.split(" "));
        }
        for (String target : new HashSet<>(IndonesianNormalizer.ENGLISH.phrases().values())) {
            assertThat(IndonesianNormalizer.normalize(target)).as(target).isEqualTo(target);
        }
    }

    private static EnglishWords parse(String... lines) {
        return EnglishWords.parse("english.tsv", List.of(lines), Set.of("gak"));
    }
}
