package id.sigap.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseLoaderTest {

    static final Path GOOD = Path.of("src/test/resources/kb/good");
    static final Path BROKEN = Path.of("src/test/resources/kb/broken");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void reportsEveryProblemOfTheBrokenFixtureWithFileAndLine() {
        KnowledgeBaseLoader.LoadReport report = KnowledgeBaseLoader.read(BROKEN);

        assertThat(report.problems()).extracting(KnowledgeProblem::toString).containsExactlyInAnyOrder(
                BROKEN + "/a-missing-id.md:1: missing id",
                BROKEN + "/b-bad-fields.md:7: unknown key 'colour' (known: id, questions, source, status, tags, title, updated, valid_until)",
                BROKEN + "/b-bad-fields.md:2: bad id 'Bad_ID': use only a-z, 0-9 and single '-' between words",
                BROKEN + "/b-bad-fields.md:4: bad status 'publish': use draft, approved or archived",
                BROKEN + "/b-bad-fields.md:5: bad date '2026-13-45' in updated: expected YYYY-MM-DD",
                BROKEN + "/b-bad-fields.md:6: bad date 'besok' in valid_until: expected YYYY-MM-DD",
                BROKEN + "/b-bad-fields.md:9: empty body: the approved answer text is missing",
                BROKEN + "/c-unterminated.md:1: unterminated front matter: no closing '---' line",
                BROKEN + "/e-duplicate-2.md:3: duplicate id 'sama' (already used by " + BROKEN + "/d-duplicate-1.md)",
                BROKEN + "/f-missing-title.md:1: missing title");
        assertThat(report.files()).isEqualTo(7);
        assertThat(report.valid()).extracting(KnowledgeEntry::id).containsExactly("sama", "masih-baik");
    }

    @Test
    void aBrokenFileIsSkippedWhileTheRestIsServed() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(BROKEN, TODAY);

        assertThat(kb.entries()).extracting(KnowledgeEntry::id).containsExactly("masih-baik", "sama");
        assertThat(kb.problems()).hasSize(10);
    }

    @Test
    void aKnowledgeBaseDirectoryThatIsASymbolicLinkIsFollowed(@TempDir Path tmp) throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("knowledge-base"), GOOD.toAbsolutePath());

        KnowledgeBase kb = KnowledgeBaseLoader.load(link, TODAY);

        assertThat(kb.entries()).extracting(KnowledgeEntry::id)
                .containsExactly("jam-kantor", "ktp-hilang", "nomor-darurat", "posko-utara", "sekolah-libur");
        assertThat(KnowledgeBaseLoader.entryFiles(link)).allMatch(p -> p.startsWith(link), "named under the link");
    }

    @Test
    void servesOnlyApprovedEntriesWithinTheirValidity() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(GOOD, TODAY);

        assertThat(kb.problems()).isEmpty();
        assertThat(kb.entries()).extracting(KnowledgeEntry::id)
                .containsExactly("jam-kantor", "ktp-hilang", "nomor-darurat", "posko-utara", "sekolah-libur")
                .doesNotContain("santunan-draf", "status-lama");
        assertThat(KnowledgeBaseLoader.load(GOOD, LocalDate.of(2020, 1, 31)).entry("status-lama")).isPresent();
        assertThat(KnowledgeBaseLoader.load(GOOD, LocalDate.of(2020, 2, 1)).entry("status-lama")).isEmpty();
    }

    @Test
    void parsesTheEntryFields() {
        KnowledgeEntry entry = KnowledgeBaseLoader.load(GOOD, TODAY).entry("posko-utara").orElseThrow();

        assertThat(entry.title()).isEqualTo("Posko pengungsian banjir di Kecamatan Utara");
        assertThat(entry.questions()).hasSize(2);
        assertThat(entry.tags()).containsExactly("banjir", "posko");
        assertThat(entry.validUntil()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(entry.body()).startsWith("Posko pengungsian Kecamatan Utara");
        assertThat(KnowledgeBaseLoader.load(GOOD, TODAY).entry("jam-kantor").orElseThrow().sourceUrl())
                .isEqualTo("https://contoh.go.id/layanan/jam-kantor");
    }

    @Test
    void theVersionChangesWithServedContentOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: A\nstatus: approved\n---\nJawaban A.\n");
        String first = KnowledgeBaseLoader.load(dir, TODAY).version();
        assertThat(KnowledgeBaseLoader.load(dir, TODAY).version()).isEqualTo(first);

        Files.writeString(dir.resolve("draft.md"), "---\nid: b\ntitle: B\nstatus: draft\n---\nDraf.\n");
        assertThat(KnowledgeBaseLoader.load(dir, TODAY).version()).isEqualTo(first);

        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: A\nstatus: approved\n---\nJawaban A baru.\n");
        assertThat(KnowledgeBaseLoader.load(dir, TODAY).version()).isNotEqualTo(first);
    }
}
