package id.sigap.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lucene analysis for Indonesian questions: Lucene's Indonesian stop words and stemmer, except that
 * negations and question words stay (in "KTP belum jadi" or "kapan bantuan dibagikan" they carry the
 * meaning), and the forms of address and particles of chat ("min", "kak", "dong") go, as do English function
 * words ({@code retrieval/english.tsv}).
 * Text is expected to have passed {@link IndonesianNormalizer} first.
 */
public final class IndonesianAnalysis {

    static final Set<String> KEPT = Set.of("tidak", "bukan", "belum", "jangan", "kapan", "berapa", "mana",
            "bagaimana", "siapa", "mengapa", "kenapa", "dekat", "lama", "hampir", "nyaris");
    static final Set<String> ADDED = Set.of("min", "mimin", "admin", "kak", "kakak", "gan", "sis", "bang", "pak",
            "bu", "bapak", "ibu", "dong", "deh", "sih", "nih", "ya", "yah", "iya", "kah", "lho", "loh", "tolong",
            "mohon", "halo", "hai", "hi", "hallo", "punten", "permisi", "nanya", "tanya", "bertanya", "mau", "ingin",
            "apa", "apakah", "gimana", "info", "informasi", "terus");

    /**
     * Words the stemmer would cut to a word of another meaning: "kematian" (a death, the document) to "mati" (what a
     * light, a phone, an engine or the power does: "listrik mati" is no question about death certificates),
     * "kepanjangan" (what an abbreviation stands for) to "panjang", the stem of "perpanjangan" (renewal).
     */
    static final CharArraySet UNSTEMMED = CharArraySet.unmodifiableSet(
            new CharArraySet(List.of("kematian", "kepanjangan"), false));
    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer ANALYZER = new SigapAnalyzer();
    /** The kept words as index terms: the stemmer turns "berapa" into "apa", still a question word. */
    static final Set<String> KEPT_TERMS = KEPT.stream().flatMap(w -> terms(w).stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private IndonesianAnalysis() {
    }

    /** The analyzer for indexing and querying; thread-safe. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The index terms of an already normalised text, in order, with repeats. */
    public static List<String> terms(String normalizedText) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", normalizedText)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The index terms of an already normalised text that say more than a question or a negation ("belum punya" has one:
     * "punya"), without repeats.
     */
    public static Set<String> contentTerms(String normalizedText) {
        Set<String> content = new java.util.LinkedHashSet<>(terms(normalizedText));
        content.removeAll(KEPT_TERMS);
        return content;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(IndonesianAnalyzer.getDefaultStopSet(), false);
        CharArraySet result = new CharArraySet(set.size() + ADDED.size(), false);
        for (Object word : set) {
            String w = new String((char[]) word);
            if (!KEPT.contains(w)) {
                result.add(w);
            }
        }
        result.addAll(ADDED);
        // English function words ("the", "is", "my"): an English question should not look full of unknown words.
        result.addAll(IndonesianNormalizer.englishStopWords());
        return CharArraySet.unmodifiableSet(result);
    }

    private static final class SigapAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter(stream, UNSTEMMED);
            stream = new ShortPossessiveFilter(stream);
            stream = new IndonesianStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
