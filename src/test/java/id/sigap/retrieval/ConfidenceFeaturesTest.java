package id.sigap.retrieval;

import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceFeaturesTest {

    static RetrievalIndex index;

    @BeforeAll
    static void build() {
        List<KnowledgeEntry> entries = List.of(
                entry("bansos", "Jadwal pencairan bansos PKH", List.of("kapan bansos pkh cair"),
                        "Bansos PKH tahap 3 cair mulai 10 Oktober. Data korban banjir dipakai untuk bantuan tambahan."),
                entry("posko", "Posko pengungsian Sangkara Utara", List.of("posko ngungsi di mana"),
                        "Posko ada di GOR Sangkara Utara. Korban yang sakit dirujuk ke puskesmas. "
                                + "Warga yang meninggal dunia dicatat oleh petugas."),
                entry("ktp", "KTP hilang", List.of("ktp sy ilang gmn"),
                        "Lapor kehilangan ke kelurahan, lalu datang ke Disdukcapil."));
        index = RetrievalIndex.build(new KnowledgeBase(entries, "t", LocalDate.of(2026, 11, 23), List.of(), 3),
                EntryVectors.empty(), RetrievalSettings.defaults());
    }

    @Test
    void aNumberTheEntryLacksIsMissing() {
        assertThat(ConfidenceFeatures.missingNumber(index.evidence(0), terms("kapan bansos pkh tahap 4 cair")))
                .isEqualTo(1.0);
        assertThat(ConfidenceFeatures.missingNumber(index.evidence(0), terms("kapan bansos pkh tahap 3 cair")))
                .isZero();
    }

    @Test
    void wordsTogetherInOnePassageCoverMoreThanWordsScatteredOverTheEntry() {
        List<String> together = terms("korban sakit dirujuk");
        List<String> scattered = terms("jumlah korban meninggal banjir");

        assertThat(ConfidenceFeatures.passageCoverage(index, index.evidence(1), together)).isEqualTo(1.0);
        assertThat(ConfidenceFeatures.passageCoverage(index, index.evidence(1), scattered))
                .isLessThan(index.coverage(1, scattered) + 1e-9);
    }

    @Test
    void neighbouringWordPairsCountOnlyWhenTheyStandNearEachOtherInTheEntry() {
        List<String> near = RetrievalIndex.querySequence("korban yang sakit");
        List<String> apart = RetrievalIndex.querySequence("korban meninggal");

        assertThat(ConfidenceFeatures.pairCoverage(index.evidence(1), near, 0)).isEqualTo(1.0);
        assertThat(ConfidenceFeatures.pairCoverage(index.evidence(1), apart, 0)).isZero();
    }

    @Test
    void aPhrasingAskedAlmostWordForWordMatchesBest() {
        double asked = ConfidenceFeatures.phrasingMatch(index, index.evidence(2), terms("ktp sy ilang gmn ya"));
        double other = ConfidenceFeatures.phrasingMatch(index, index.evidence(2), terms("kantor disdukcapil buka jam"));

        assertThat(asked).isGreaterThan(0.8);
        assertThat(other).isLessThan(asked);
    }

    @Test
    void theCoverageLeadIsHowMuchMoreOfTheQuestionTheFirstHitCoversThanTheNextOnes() {
        List<String> asked = terms("posko korban sakit");
        List<java.util.Map.Entry<Integer, Double>> posko = List.of(java.util.Map.entry(1, 1.0),
                java.util.Map.entry(0, 0.5), java.util.Map.entry(2, 0.4));
        List<java.util.Map.Entry<Integer, Double>> bansos = List.of(java.util.Map.entry(0, 1.0),
                java.util.Map.entry(1, 0.5));

        double lead = ConfidenceFeatures.coverageLead(index, posko, asked, index.coverage(1, asked));
        assertThat(lead).isGreaterThan(0.5);
        assertThat(ConfidenceFeatures.coverageLead(index, bansos, asked, index.coverage(0, asked))).isZero();
    }

    @Test
    void rareTermCoverageLooksAtTheQuestionsRarerWordsOnly() {
        // "korban" stands in two entries, "puskesmas" in one: the rarer half is what was asked.
        assertThat(ConfidenceFeatures.rareCoverage(index, 1, terms("korban puskesmas"))).isEqualTo(1.0);
        assertThat(ConfidenceFeatures.rareCoverage(index, 0, terms("korban puskesmas"))).isZero();
        assertThat(ConfidenceFeatures.rareCoverage(index, 0, terms("pesawat"))).isZero();
    }

    @Test
    void aTypoOfAKnownWordIsNotStrangeButAWordNoEntryUsesIs() {
        assertThat(ConfidenceFeatures.strangeShare(index, List.of("puskesams"))).isZero();
        assertThat(ConfidenceFeatures.strangeShare(index, List.of("pesawat"))).isEqualTo(1.0);
    }

    @Test
    void oneEditIsASwapAnInsertionADeletionOrASubstitution() {
        assertThat(TermDistance.withinOneEdit("posko", "posok")).isTrue();
        assertThat(TermDistance.withinOneEdit("posko", "poskoo")).isTrue();
        assertThat(TermDistance.withinOneEdit("posko", "psko")).isTrue();
        assertThat(TermDistance.withinOneEdit("posko", "pasko")).isTrue();
        assertThat(TermDistance.withinOneEdit("posko", "pasco")).isFalse();
        assertThat(TermDistance.withinOneEdit("posko", "pos")).isFalse();
    }

    @Test
    void featuresStayWithinZeroAndOne() {
        HybridKnowledgeRetriever retriever = HybridKnowledgeRetriever.over(
                new KnowledgeBase(List.of(entry("ktp", "KTP hilang", List.of("ktp sy ilang gmn"),
                        "Lapor kehilangan ke kelurahan.")), "t", LocalDate.of(2026, 11, 23), List.of(), 1),
                new EmbeddingCacheTest.CountingModel(), RetrievalSettings.defaults());

        for (String question : List.of("ktp sy ilang", "harga tiket pesawat ke jakarta 2027", "ktp ktp ktp")) {
            assertThat(java.util.Arrays.stream(retriever.trace(question).features().vector()))
                    .allMatch(v -> v >= 0 && v <= 1);
        }
    }

    private static List<String> terms(String question) {
        return RetrievalIndex.queryTerms(IndonesianNormalizer.normalize(question));
    }

    private static KnowledgeEntry entry(String id, String title, List<String> questions, String body) {
        return new KnowledgeEntry(id, title, EntryStatus.APPROVED, questions, List.of(), null, null, null, body,
                id + ".md");
    }
}
