package id.sigap.retrieval;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Takes the possessive "-nya" off a word too short for Lucene's Indonesian stemmer, which strips it only from words of
 * more than two syllables: "ktpnya", "stnknya", "nibnya", "ipknya", "kknya" stayed whole and matched no entry on the
 * card, the vehicle papers, the business number or the grade they name ("syarat ipknya brp" after a scholarship answer
 * got a person; "ktpnya hilang gmn" choices where "ktp hilang gmn" gets the answer). The word left must be at least
 * three letters, or two with no vowel ("kk"): "tanya", "hanya", "punya" keep their last syllable.
 */
final class ShortPossessiveFilter extends TokenFilter {

    private static final String NYA = "nya";
    /** Lucene's stemmer takes the possessive off words of more syllables (vowels) than this. */
    private static final int STEMMER_SYLLABLES = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ShortPossessiveFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            int base = baseLength(term.buffer(), term.length());
            if (base > 0) {
                term.setLength(base);
            }
        }
        return true;
    }

    /** The length of the word without its "-nya" when it is taken off here, else 0. */
    static int baseLength(char[] word, int length) {
        int base = length - NYA.length();
        if (base < 2 || word[base] != 'n' || word[base + 1] != 'y' || word[base + 2] != 'a') {
            return 0;
        }
        int vowels = 0;
        int baseVowels = 0;
        for (int i = 0; i < length; i++) {
            if (isVowel(word[i])) {
                vowels++;
                if (i < base) {
                    baseVowels++;
                }
            }
        }
        if (vowels > STEMMER_SYLLABLES) {
            return 0; // the stemmer's own
        }
        return base >= 3 || baseVowels == 0 ? base : 0;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
