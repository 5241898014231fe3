package id.sigap.retrieval;

import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-fourth session (batches T34 and Z34, read after their measurement): "kantor bpjs kota batu sari buka jam brp ya
 * min" and "what are the opening hours of the Dukcapil office in Kota Batu Sari?" got Batu Sari's shelters, surely. A
 * question naming an office is not answered surely with an entry that names none of its names; one naming the office
 * the entry is about still is.
 */
class OfficeNamesTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kantor bpjs kota batu sari buka jam brp ya min",
            "Hi, what are the opening hours of the Dukcapil office in Kota Batu Sari?",
            "jam buka samsat kota batu sari brp ya kak"})
    void anOfficeTheEntryNeverNamesIsNoSureAnswer(String question) {
        RetrievalResult result = retriever.retrieve(question);

        assertThat(result.confident()).as(question).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"cara bayar pajak motor di samsat | layanan-pajak-kendaraan-samsat",
            "posko pengungsian di batu sari dimana | banjir-posko-batu-sari"})
    void theOfficeTheEntryIsAboutStillIs(String question, String entry) {
        RetrievalResult result = retriever.retrieve(question);

        assertThat(result.confident()).as(question).isTrue();
        assertThat(result.top().orElseThrow().entryId()).isEqualTo(entry);
    }

    private static List<String> terms(String text) {
        return RetrievalIndex.queryTerms(IndonesianNormalizer.normalize(text));
    }

    @Test
    void anOfficeIsNamedByAnyOfItsNames() {
        OfficeNames offices = OfficeNames.parse("# a comment\nbpjs\ndukcapil disdukcapil capil\n");

        assertThat(offices.namesAnother(terms("kantor capil"), Set.copyOf(terms("loket disdukcapil")))).isFalse();
        assertThat(offices.namesAnother(terms("kantor capil"), Set.copyOf(terms("posko loket")))).isTrue();
        assertThat(offices.namesAnother(terms("kantor posko"), Set.copyOf(terms("posko")))).isFalse();
    }
}
