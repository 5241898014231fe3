package id.sigap.retrieval;

import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Words a question says differently from the approved text: the office's synonym groups. */
class QueryExpansionTest {

    @Test
    void thePackagedListHasNoActiveGroupMeasuredHeldOutItDidNotPay() {
        assertThat(QueryExpansion.parse(id.sigap.texts.OfficeFiles.read(java.nio.file.Path.of("prompts"),
                QueryExpansion.FILE).orElseThrow(), QueryExpansion.FILE)).isEmpty();
    }

    @Test
    void groupsAreReadAsIndexTermsAndALineWithOneMemberIsSkipped() {
        var groups = QueryExpansion.parse("# comment\n\nkk, kartu keluarga\nsyarat, persyaratan\n", "synonyms.txt");

        // "syarat" and "persyaratan" stem alike: one member, so no group.
        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst()).containsExactly(List.of("kk"), IndonesianAnalysis.terms("kartu keluarga"));
    }

    @Test
    void aQuestionWithOneMemberIsSearchedWithTheOthersThatTheIndexKnowsAtALowerWeight() {
        QueryExpansion expansion = new QueryExpansion(QueryExpansion.parse("kk, kartu keluarga, kaka\n", "t"));
        Set<String> known = Set.of("kk", "kartu", "luarga");

        Map<String, Double> added = expansion.expand(IndonesianAnalysis.terms("kk hilang"), known::contains);

        assertThat(added).containsOnlyKeys("kartu", "luarga");
        assertThat(added.values()).containsOnly(QueryExpansion.SYNONYM_WEIGHT);
        // A phrase counts only when the question has all of its words.
        assertThat(expansion.expand(List.of("kartu", "hilang"), known::contains)).isEmpty();
    }

    @Test
    void anEntryThatSpellsOutTheQuestionsAbbreviationIsFoundFirst() {
        RetrievalIndex index = RetrievalIndex.build(kb(
                entry("akta", "Akta kelahiran baru", "Akta kelahiran baru dibuat di kantor catatan sipil, gratis."),
                entry("kk", "Kartu keluarga baru", "Kartu keluarga baru dibuat di kantor catatan sipil, gratis."),
                entry("jadwal", "Jadwal loket", "Loket buka pukul delapan.")),
                EntryVectors.empty(), RetrievalSettings.defaults(),
                new QueryExpansion(QueryExpansion.parse("kk, kartu keluarga\n", "synonyms.txt")));

        List<RetrievalIndex.Scored> hits = index.bm25(
                RetrievalIndex.queryTerms(IndonesianNormalizer.normalize("cara bikin kk baru")), 3);

        // Without the group "baru" alone would tie the two entries.
        assertThat(index.entries().get(hits.getFirst().entry()).id()).isEqualTo("kk");
        assertThat(hits.getFirst().score()).isGreaterThan(1.05 * hits.get(1).score());
    }

    private static KnowledgeEntry entry(String id, String title, String body) {
        return new KnowledgeEntry(id, title, EntryStatus.APPROVED, List.of(), List.of(), null, null, null, body, "x.md");
    }

    private static KnowledgeBase kb(KnowledgeEntry... entries) {
        return new KnowledgeBase(List.of(entries), "t", LocalDate.of(2026, 12, 2), List.of(), entries.length);
    }
}
