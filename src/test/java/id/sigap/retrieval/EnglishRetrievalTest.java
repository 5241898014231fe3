package id.sigap.retrieval;

import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English questions find the Indonesian entry of the shipped knowledge base (wordings written for this test, not
 * those the glossary was measured on).
 */
class EnglishRetrievalTest {

    static HybridKnowledgeRetriever retriever;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What paperwork is required to get a birth certificate for our newborn? | layanan-akta-kelahiran
            How much does it cost to renew a driving license?                      | layanan-perpanjangan-sim
            Where do I pay the annual tax on my scooter?                           | layanan-pajak-kendaraan-samsat
            Are vaccinations for toddlers free?                                    | layanan-jadwal-imunisasi
            Where can our cattle and chickens go while we evacuate?                | banjir-evakuasi-hewan
            People say the dam broke last night, is that a rumour?                 | banjir-hoaks-bendungan-wadas-lintang
            My grandma needs her diabetes medicine, can she see a doctor for free? | banjir-layanan-kesehatan-gratis
            """)
    void anEnglishQuestionFindsTheIndonesianEntryFirst(String question, String entry) {
        RetrievalResult result = retriever.retrieve(question);

        assertThat(result.hits()).as(result.normalizedQuestion()).isNotEmpty();
        assertThat(result.hits().getFirst().entryId()).as(result.normalizedQuestion()).isEqualTo(entry);
    }
}
