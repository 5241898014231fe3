package id.sigap.editorial;

import id.sigap.knowledge.EntryText;
import id.sigap.knowledge.KnowledgeEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntryFormTest {

    @Test
    void theFileTextReadsBackAsTheSameEntry() {
        EntryForm form = new EntryForm("banjir-posko", "Posko: lokasi #1 terbaru", "approved",
                List.of("di mana posko?", "- posko terdekat", "\"posko\" buka jam berapa"), List.of("banjir", "posko"),
                "https://bpbd.go.id/posko#daftar", LocalDate.of(2026, 12, 31), "Posko **24 jam**.\n\n- GOR\n- Balai");
        String text = form.toFileText(LocalDate.of(2026, 11, 23));
        EntryText.Parsed parsed = EntryText.parse(text, "x.md");
        assertThat(parsed.problems()).isEmpty();
        KnowledgeEntry entry = parsed.entry().orElseThrow();
        assertThat(EntryForm.of(entry)).isEqualTo(form);
        assertThat(entry.updated()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void problemsAreThoseTheLoaderWouldReport() {
        EntryForm form = new EntryForm("Bad Id", "", "approved", List.of(), List.of(), "ftp://x", null, "");
        List<String> problems = EntryText.parse(form.toFileText(null), "x.md").problems().stream()
                .map(p -> p.message()).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("bad id")).anyMatch(p -> p.startsWith("bad source"))
                .anyMatch(p -> p.startsWith("empty body"));
    }
}
