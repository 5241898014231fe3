package id.sigap.retrieval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The possessive "-nya" of a word too short for Lucene's stemmer comes off; a word that only ends so keeps it. */
class ShortPossessiveFilterTest {

    @ParameterizedTest
    @CsvSource({"ktpnya, ktp", "stnknya, stnk", "nibnya, nib", "ipknya, ipk", "kknya, kk", "jamnya, jam",
            "bpjsnya, bpjs", "simnya, sim",
            // not a possessive, or the stemmer's own
            "punya, punya", "kenya, kenya", "syaratnya, syarat", "dananya, dana", "nyanyi, nyanyi"})
    void theWordIsIndexedAs(String word, String term) {
        assertThat(IndonesianAnalysis.terms(word)).containsExactly(term);
    }
}
