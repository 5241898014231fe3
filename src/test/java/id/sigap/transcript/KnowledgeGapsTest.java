package id.sigap.transcript;

import id.sigap.store.StoreSettings;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeGapsTest {

    private static final List<String> NEAR = List.of("entri-a", "entri-b");
    private static TestRedis redis;

    private final Instant t = Instant.now().minus(Duration.ofHours(2));

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start("knowledge-gaps");
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void aGoodAnswerIsNoGapButTheSameAnswerGivenAThumbsDownIs(@TempDir Path data) {
        new GapTranscripts(data)
                .question(t, "c1", "jadwal vaksin rabies kucing", "ANSWER", List.of("confident-match"), "entri-a", NEAR)
                .feedback(t.plusSeconds(5), "c1", "entri-a", true)
                .question(t.plusSeconds(10), "c2", "kapan jadwal vaksin rabies kucing", "ANSWER", List.of("confident-match"), "entri-a", NEAR);
        assertThat(gaps(data)).isEmpty();

        new GapTranscripts(data).feedback(t.plusSeconds(20), "c2", "entri-a", false);
        assertThat(gaps(data)).singleElement().satisfies(g -> {
            assertThat(g.citizens()).isEqualTo(1);
            assertThat(g.examples()).containsExactly("kapan jadwal vaksin rabies kucing");
            assertThat(g.nearestEntries()).first().isEqualTo("entri-a");
        });
    }

    @Test
    void aThumbsDownOnAnotherEntryOrWithoutAnAnswerBeforeItCountsNothing(@TempDir Path data) {
        new GapTranscripts(data)
                .feedback(t, "c0", "entri-a", false)
                .question(t.plusSeconds(5), "c1", "jadwal vaksin rabies kucing", "ANSWER", List.of("confident-match"), "entri-a", NEAR)
                .feedback(t.plusSeconds(10), "c1", "entri-z", false);
        assertThat(gaps(data)).isEmpty();
    }

    @Test
    void choicesTakenAreNoGapChoicesRejectedOrLeftUntouchedAre(@TempDir Path data) {
        new GapTranscripts(data)
                .question(t, "taker", "syarat klaim asuransi motor banjir", "CHOICES", List.of("ambiguous"), null, NEAR)
                .choice(t.plusSeconds(5), "taker", "entri-a")
                .question(t.plusSeconds(10), "rejecter", "klaim asuransi motor terendam banjir", "CHOICES", List.of("ambiguous"), null, NEAR)
                .choice(t.plusSeconds(15), "rejecter", null)
                .question(t.plusSeconds(20), "ignorer", "asuransi motor banjir klaim syarat", "CHOICES", List.of("ambiguous"), null, NEAR)
                .question(t.plusSeconds(30), "ignorer", "ya sudah terima kasih", "SMALL_TALK", List.of("small-talk"), null, List.of())
                .question(t.plusSeconds(40), "leaver", "klaim asuransi motor kena banjir", "CHOICES", List.of("ambiguous"), null, NEAR);
        assertThat(gaps(data)).singleElement().satisfies(g -> {
            assertThat(g.citizens()).isEqualTo(3);
            assertThat(g.questions()).isEqualTo(3);
            assertThat(g.examples()).doesNotContain("syarat klaim asuransi motor banjir");
            assertThat(g.nearestEntries()).containsExactly("entri-a", "entri-b");
        });
    }

    @Test
    void choicesOfferedAMomentAgoMayStillBeTakenAndAreNoGapYet(@TempDir Path data) {
        Instant justNow = Instant.now().minus(Duration.ofMinutes(2));
        new GapTranscripts(data)
                .question(justNow, "c1", "klaim asuransi motor kena banjir", "CHOICES", List.of("ambiguous"), null, NEAR);
        assertThat(gaps(data)).isEmpty();
        assertThat(KnowledgeGaps.read(data, WeekOfTraffic.ZONE, 7, Instant.now().plus(Duration.ofMinutes(20))))
                .singleElement().satisfies(g -> assertThat(g.citizens()).isEqualTo(1));
    }

    @Test
    void aStaffAnswerMakesAGapOfAHandoffButNotOfAPlainRequestForAPersonOrAnEmergency(@TempDir Path data) {
        new GapTranscripts(data)
                .question(t, "c1", "saya mau bicara dengan petugas", "HANDOFF", List.of("asked-for-human"), null, List.of())
                .staffReply(t.plusSeconds(5), "c1", "h1", "Baik, saya bantu")
                .question(t.plusSeconds(10), "c2", "rumah saya kebanjiran ada anak terjebak", "EMERGENCY", List.of("emergency"), null, List.of())
                .staffReply(t.plusSeconds(15), "c2", "h2", "Tim SAR menuju lokasi")
                .question(t.plusSeconds(20), "c3", "kenapa bantuan beras belum sampai rw 07, kecewa", "HANDOFF",
                        List.of("negative-sentiment"), null, List.of("entri-a"));
        assertThat(gaps(data)).as("no staff answer yet").isEmpty();

        new GapTranscripts(data).staffReply(t.plusSeconds(25), "c3", "h3", "Bantuan beras dikirim sore ini");
        assertThat(gaps(data)).singleElement().satisfies(g -> assertThat(g.examples().getFirst()).contains("bantuan beras"));
    }

    @Test
    void anUnredactedRecordLeftByAnOlderVersionIsRedactedOnTheWayOut(@TempDir Path data) {
        new GapTranscripts(data).unredactedQuestion(t, "c1", "NIK 3201234567890123 belum terdaftar bansos, nomor 081234567890");
        assertThat(gaps(data)).singleElement().satisfies(g -> {
            assertThat(g.examples().getFirst()).contains("[NIK]").doesNotContain("3201234567890123", "081234567890");
            assertThat(g.citizens()).isEqualTo(1);
        });
    }

    @Test
    void aNormalisedFormLeftByAnOlderVersionIsRedactedOnTheWayOutToo(@TempDir Path data) throws Exception {
        // Red team 2026-12: builds before normalised first, and the report's gap table showed "andi wijaya@gmail".
        new GapTranscripts(data).normalisedBeforeRedaction(t, "c1",
                "syarat membuat akta kelahiran anak, email saya andi.wijaya@gmail.com",
                "syarat membuat akta kelahiran anak, email saya andi wijaya@gmail");
        assertThat(gaps(data)).singleElement().satisfies(g -> assertThat(String.join(" ", g.examples()))
                .contains("akta kelahiran").doesNotContain("wijaya", "gmail"));
        java.time.LocalDate day = java.time.LocalDate.ofInstant(t, WeekOfTraffic.ZONE);
        Path out = data.resolve("report");
        TranscriptReport.write(data, day, day, WeekOfTraffic.ZONE, out);
        assertThat(java.nio.file.Files.readString(out.resolve("index.html"))).contains("akta kelahiran")
                .doesNotContain("wijaya", "gmail");
    }

    @Test
    void questionsOfACitizenWhoUsedHapusAndOfDaysPastRetentionAreGone(@TempDir Path data) {
        TranscriptStore store = new TranscriptStore(redis.template(), new StoreSettings("", data, 0, false),
                new TranscriptSettings(30, 100, "", WeekOfTraffic.ZONE));
        Instant old = Instant.now().minus(Duration.ofDays(3));
        for (String chat : List.of("c1", "c2")) {
            store.append(TranscriptRecord.turn(t, chat, "telegram", "TEXT", "kapan sekolah diliburkan karena banjir", null,
                    List.of(), "id", "netral", 0.9, false, false, List.of(), 0.1, "v1", "HANDOFF", List.of("unanswerable"),
                    List.of(), null, null, null, 10L));
        }
        store.append(TranscriptRecord.turn(old, "c3", "telegram", "TEXT", "sekolah libur karena banjir kapan", null,
                List.of(), "id", "netral", 0.9, false, false, List.of(), 0.1, "v1", "FALLBACK", List.of("unanswerable"),
                List.of(), null, null, null, 10L));
        assertThat(gaps(data)).singleElement().satisfies(g -> assertThat(g.citizens()).isEqualTo(3));

        store.deleteChat("c1");
        assertThat(gaps(data)).singleElement().satisfies(g -> assertThat(g.citizens()).isEqualTo(2));

        store.deleteDaysBefore(LocalDate.now(WeekOfTraffic.ZONE).minusDays(1));
        assertThat(gaps(data)).singleElement().satisfies(g -> assertThat(g.citizens()).isEqualTo(1));

        store.deleteChat("c2");
        assertThat(gaps(data)).as("a gap whose citizens all deleted their data").isEmpty();
    }

    @Test
    void theLiveGapsReadTheSharedStreamsWithATrendStaffAnswersAndTheAskersKeptServerSide(@TempDir Path data) {
        TranscriptStore store = new TranscriptStore(redis.template(), new StoreSettings("", data, 0, false),
                new TranscriptSettings(30, 100, "", WeekOfTraffic.ZONE));
        KnowledgeGaps live = new KnowledgeGaps(store, WeekOfTraffic.ZONE, java.time.Clock.systemUTC());
        String question = "kapan pasar darurat kelurahan dibuka lagi";
        for (String chat : List.of("live-1", "live-2", "live-3")) {
            store.append(TranscriptRecord.turn(t, chat, "telegram", "TEXT", question, null, List.of(), "id", "netral", 0.9,
                    false, false, List.of(), 0.1, "v1", "HANDOFF", List.of("unanswerable"), List.of(), null, null, null, 10L));
        }
        store.append(TranscriptRecord.handoff(t.plusSeconds(60), "live-2", "telegram", "H1", "STAFF_REPLY", 7L,
                "Pasar darurat buka lagi Senin pukul 07.00.", List.of(), List.of(), "NORMAL", null));
        store.rememberChat("live-1", "telegram", 101, t);
        store.rememberChat("live-2", "telegram", 102, t);

        assertThat(live.current(7)).singleElement().satisfies(g -> {
            assertThat(g.citizens()).isEqualTo(3);
            // t is two hours ago: yesterday in Jakarta between midnight and 02:00, so the day is worked out.
            int day = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(WeekOfTraffic.ZONE).minusDays(6),
                    LocalDate.ofInstant(t, WeekOfTraffic.ZONE));
            assertThat(g.trend()).hasSize(7);
            assertThat(g.trend().get(day)).isEqualTo(3);
            assertThat(g.trend().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
            assertThat(g.staffAnswers()).containsExactly("Pasar darurat buka lagi Senin pukul 07.00.");
        });
        String id = live.current(7).getFirst().id();
        KnowledgeGaps.Askers askers = live.askers(id, 7);
        assertThat(askers.unknown()).as("recorded without a known chat").isEqualTo(1);
        assertThat(askers.known()).extracting(KnowledgeGaps.Asker::chatId, KnowledgeGaps.Asker::answeredByStaff)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(101L, false),
                        org.assertj.core.groups.Tuple.tuple(102L, true));

        store.deleteChat("live-1");
        assertThat(live.current(7).getFirst().citizens()).isEqualTo(2);
        assertThat(live.askers(id, 7).known()).extracting(KnowledgeGaps.Asker::chatId).containsExactly(102L);
    }

    @Test
    void aPeriodOfNoDaysIsRefused(@TempDir Path data) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> KnowledgeGaps.read(data, WeekOfTraffic.ZONE, 0, Instant.now()));
    }

    private static List<KnowledgeGaps.Gap> gaps(Path data) {
        return KnowledgeGaps.read(data, WeekOfTraffic.ZONE, 7, Instant.now());
    }
}
