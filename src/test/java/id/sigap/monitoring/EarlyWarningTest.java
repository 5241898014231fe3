package id.sigap.monitoring;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Topics, the sentiment map and the early warning on real Redis with a fixed clock. */
class EarlyWarningTest {

    static TestRedis redis;
    MonitoringFixture f;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("early-warning");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
        f = new MonitoringFixture(redis, Instant.parse("2026-11-30T03:00:00Z"));
    }

    static final List<String> BURST = List.of(
            "Jembatan Sungai Lembah Hijau ambruk, warga marah karena perbaikan lambat",
            "Warga kecewa jembatan ambruk di Lembah Hijau belum juga diperbaiki",
            "Jembatan ambruk lagi, pemerintah dinilai lalai dan lambat menangani",
            "Akses desa terputus karena jembatan ambruk, warga protes keras",
            "Anak sekolah terpaksa menyeberang sungai setelah jembatan ambruk, orang tua marah",
            "Jembatan ambruk Lembah Hijau: warga kesal janji perbaikan tidak ditepati",
            "Kemarahan warga memuncak, jembatan ambruk dibiarkan berminggu-minggu",
            "Jembatan ambruk, pedagang rugi besar karena akses pasar terputus",
            "Warga ancam demo soal jembatan ambruk yang tak kunjung diperbaiki",
            "Buruk sekali penanganan jembatan ambruk di Lembah Hijau, warga kecewa",
            "Jembatan ambruk membuat ambulans tidak bisa lewat, warga marah",
            "Sudah sebulan jembatan ambruk, warga Lembah Hijau merasa diabaikan");

    @Test
    void aBurstOfNegativeItemsAboutOneTopicRaisesOneAlertWithExamplesAndNearestEntries() {
        f.ordinaryBackground();
        for (int i = 0; i < BURST.size(); i++) {
            f.news(BURST.get(i), Duration.ofMinutes(5 + i * 7L));
        }

        List<MonitoringAlert> alerts = f.service.raiseAlerts(f.now);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.topic().label()).contains("jembatan");
            assertThat(alert.topic().recent()).isGreaterThanOrEqualTo(6);
            assertThat(alert.topic().recentSentiment().negativeShare()).isGreaterThan(0.6);
            assertThat(alert.topic().examples()).hasSize(3).allMatch(e -> e.text().contains("embatan"));
            assertThat(alert.topic().projectedLow()).isLessThan(alert.topic().recent());
            assertThat(alert.topic().projectedHigh()).isGreaterThan(alert.topic().recent());
            assertThat(alert.entries()).containsExactly("jembatan-darurat — Jalur alternatif saat jembatan ditutup");
            String text = MonitoringAlertPoster.render(alert).text();
            assertThat(text).contains("Contoh:", "jembatan-darurat", "interval 90%");
        });
        assertThat(f.published).hasSize(1);
        assertThat(f.service.raiseAlerts(f.now.plusSeconds(300))).as("the same topic stays quiet").isEmpty();
        assertThat(f.published).hasSize(1);
    }

    @Test
    void anOrdinaryDayRaisesNoAlert() {
        f.ordinaryBackground();
        for (int i = 0; i < 4; i++) {
            f.news("Harga cabai di pasar induk stabil menjelang akhir pekan menurut pedagang (siang " + i + ")", Duration.ofMinutes(10 + i * 20L));
        }
        assertThat(f.service.raiseAlerts(f.now)).isEmpty();
        MonitoringOverview overview = f.service.overview(f.now);
        assertThat(overview.topics()).noneMatch(TopicSummary::alert);
        assertThat(overview.topics().size()).isBetween(4, 8);
        assertThat(overview.topics().getFirst().label()).contains("cabai");
        assertThat(overview.topics().getFirst().recent()).isEqualTo(4);
    }

    @Test
    void theSentimentMapCountsEachSourceAndAreaAndTheChangeOfTheNegativeShare() {
        f.ordinaryBackground();
        for (int i = 0; i < BURST.size(); i++) {
            f.news(BURST.get(i), Duration.ofMinutes(5 + i * 7L));
        }
        SentimentMap map = f.service.overview(f.now).sentiment();
        int total = map.bySource().stream().mapToInt(r -> r.counts().total()).sum();
        assertThat(total).isEqualTo(52);
        assertThat(map.byArea()).extracting(SentimentMap.Row::name).contains("Kabupaten Lembah Hijau", "Kota Sangkara", "tanpa wilayah");
        SentimentMap.Row lembah = map.byArea().stream().filter(r -> r.name().equals("Kabupaten Lembah Hijau")).findFirst().orElseThrow();
        assertThat(lembah.counts().negative()).isGreaterThan(3);
        assertThat(map.negativeShareNow()).isGreaterThan(map.negativeShareBefore());
        assertThat(map.negativeShareChange()).isPositive();
        assertThat(f.service.overview(f.now).risingTerms()).extracting(RisingTerm::word).contains("jembatan");
    }

    @Test
    void thePoissonIntervalCoversTheCountAndWidensForSmallCounts() {
        double[] ten = RateInterval.mean(10, 0.9);
        assertThat(ten[0]).isBetween(5.4, 5.5);   // Garwood 90%: 5.43 – 16.96
        assertThat(ten[1]).isBetween(16.9, 17.0);
        double[] zero = RateInterval.mean(0, 0.9);
        assertThat(zero[0]).isZero();
        assertThat(zero[1]).isBetween(2.99, 3.0);
    }
}
