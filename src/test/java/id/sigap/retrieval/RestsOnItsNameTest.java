package id.sigap.retrieval;

import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thirty-second session (batches F32, H32, J32 and L32, read): a question that named a city and asked about something
 * else (subsidised gas for a foreigner, a missed vaccination, a well tested, an address) got that city's shelters as a
 * sure answer. Over the real knowledge base: such a question rests on the entry's name alone; one that names the
 * shelters' kind ("posko") or a word of the entry's that the other shelters lack ("penampungan") does not.
 */
class RestsOnItsNameTest {

    private static RetrievalIndex index;
    private static int shelters;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 11, 25));
        index = RetrievalIndex.build(kb, EntryVectors.empty(), RetrievalSettings.defaults());
        shelters = index.position("banjir-posko-batu-sari");
    }

    private static List<String> terms(String question) {
        return RetrievalIndex.queryTerms(IndonesianNormalizer.normalize(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello, I'm a foreign resident in Batu Sari. Can I buy the subsidized 3 kg LPG or is it only for Indonesians?",
            "Lokasinya di Jl. Kenanga No. 17, Kota Batu Sari.",
            "sumur warga bisa dites gratis gk? sy mau ngetes sumur di rumah, kota batu sari"})
    void aQuestionThatOnlyNamesTheCityRestsOnTheSheltersName(String question) {
        assertThat(index.restsOnItsName(shelters, terms(question))).as(question).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"batu sari aman gak? ada tempat penampungan disana",
            "wilujeng enjing, posko pengungsian di GOR Batu Sari masih buka teu nya?",
            "sy skrg numpang di rumah sodara di kota batu sari, bukan di posko. tetep bisa dpt bantuan kan?"})
    void aQuestionThatNamesTheKindOrWhatOnlyThisEntryHasDoesNot(String question) {
        assertThat(index.restsOnItsName(shelters, terms(question))).as(question).isFalse();
    }
}
