package id.sigap.transcript;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DayTurnsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @TempDir
    Path data;

    private void write(String... lines) throws Exception {
        Path dir = TranscriptFiles.directory(data);
        Files.createDirectories(dir);
        Files.write(TranscriptFiles.file(dir, DAY), List.of(lines));
    }

    @Test
    void countsTheDaysTurnsAsTheReportDoes() throws Exception {
        write("""
                {"v":1,"type":"turn","chat":"c1","kind":"TEXT","text":"cara buat ktp","sentiment":"netral","outcome":"ANSWER"}""",
                """
                {"v":1,"type":"turn","chat":"c2","kind":"TEXT","text":"jadwal kapal ke pulau","normalized":"jadwal kapal ke pulau","sentiment":"netral","outcome":"HANDOFF","reasons":["unanswerable"]}""",
                """
                {"v":1,"type":"turn","chat":"c3","kind":"TEXT","text":"Jadwal kapal ke pulau","sentiment":"netral","outcome":"FALLBACK","reasons":["low-confidence"]}""",
                """
                {"v":1,"type":"turn","chat":"c4","kind":"TEXT","text":"mau bicara dengan petugas","sentiment":"netral","outcome":"HANDOFF","wantsHuman":true,"reasons":["asked-for-human"]}""",
                """
                {"v":1,"type":"turn","chat":"c5","kind":"TEXT","text":"rumah kebakaran ada orang di dalam","sentiment":"negatif","emergency":true,"outcome":"EMERGENCY","reasons":["emergency"]}""",
                """
                {"v":1,"type":"turn","chat":"c6","kind":"STICKER","outcome":"SMALL_TALK"}""",
                """
                {"v":1,"type":"handoff","chat":"c4","event":"REQUESTED","reasons":["asked-for-human"]}""",
                "{\"v\":1,\"type\":\"turn\",\"chat\":\"c7\",\"text\":\"cut short by a cr");

        DayTurns day = DayTurns.read(data, DAY);

        assertThat(day.found()).isTrue();
        assertThat(day.turns()).isEqualTo(6);
        assertThat(day.questions()).isEqualTo(4);
        assertThat(day.answered()).isEqualTo(1);
        assertThat(day.handedOff()).isEqualTo(3);
        assertThat(day.sentiment()).containsExactly(java.util.Map.entry("positif", 0), java.util.Map.entry("netral", 4),
                java.util.Map.entry("berpotensi_negatif", 0), java.util.Map.entry("negatif", 1));
        assertThat(day.unrated()).isEqualTo(1);
        assertThat(day.percent("netral")).isEqualTo(80);
        // a request for a person and an emergency are no gap; a fallback is one, however it was spelt
        assertThat(day.unanswered()).containsExactly(new DayTurns.Asked("jadwal kapal ke pulau", 2));
    }

    @Test
    void aRecordWrittenBeforeRedactionCameFirstIsRedactedAgain() throws Exception {
        write("""
                {"v":1,"type":"turn","chat":"c1","kind":"TEXT","text":"[EMAIL] belum dibalas","normalized":"andi.wijaya@gmail belum dibalas andiwijaya@gmail.com","sentiment":"netral","outcome":"HANDOFF","reasons":["unanswerable"]}""");

        DayTurns day = DayTurns.read(data, DAY);

        assertThat(day.unanswered()).hasSize(1);
        assertThat(day.unanswered().getFirst().text()).doesNotContain("andiwijaya@gmail.com");
    }

    @Test
    void aDayWithoutAFileHasNothing() {
        DayTurns day = DayTurns.read(data, DAY);

        assertThat(day.found()).isFalse();
        assertThat(day.turns()).isZero();
        assertThat(day.sentimentTotal()).isZero();
        assertThat(day.percent("netral")).isZero();
        assertThat(day.unanswered()).isEmpty();
    }
}
