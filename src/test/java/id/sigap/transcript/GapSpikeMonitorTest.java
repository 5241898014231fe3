package id.sigap.transcript;

import id.sigap.store.StoreSettings;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue alert pointing at a new knowledge gap, on a real Redis (the shared transcript streams the running
 * application reads): several citizens asking one unanswerable question in different words within minutes raise
 * one alert naming the gap and linking to it; a cluster of one, an old gap and too few citizens raise none; two
 * instances looking at once raise it once.
 */
class GapSpikeMonitorTest {

    private static TestRedis redis;
    private static final MonitorSettings MONITOR = new MonitorSettings(true, Duration.ofMinutes(30), Duration.ofHours(24),
            3.0, 5, Duration.ofHours(2), Duration.ofMinutes(1), 0.5);
    private static final GapSpikeSettings SPIKE = new GapSpikeSettings(true, Duration.ofMinutes(30), 3, Duration.ofHours(24), 7);

    private final Instant now = Instant.now();
    private final List<Object> published = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start("gap-spike");
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void emptyStreams() {
        redis.flush();
    }

    private TranscriptStore store(Path data) {
        return new TranscriptStore(redis.template(), new StoreSettings("", data, 0, false),
                new TranscriptSettings(30, 100, "", WeekOfTraffic.ZONE));
    }

    private GapSpikeMonitor monitor(TranscriptStore store) {
        KnowledgeGaps gaps = new KnowledgeGaps(store, WeekOfTraffic.ZONE, Clock.fixed(now, WeekOfTraffic.ZONE));
        return new GapSpikeMonitor(gaps, SPIKE, MONITOR, redis.template(), published::add,
                Clock.fixed(now, WeekOfTraffic.ZONE), WeekOfTraffic.ZONE);
    }

    private static void unanswerable(TranscriptStore store, Instant at, String chat, String question) {
        store.append(TranscriptRecord.turn(at, chat, "telegram", "TEXT", question, null, List.of(), "id", "netral", 0.9,
                false, false, List.of(), 0.1, "v1", "HANDOFF", List.of("unanswerable"), List.of(), null, null, null, 10L));
    }

    @Test
    void severalCitizensAskingANewUnanswerableQuestionWithinMinutesRaiseOneAlertPointingAtItsGap(@TempDir Path data) {
        TranscriptStore store = store(data);
        List<String> wordings = List.of("kapan posko pengungsian gedung olahraga dibuka",
                "posko pengungsian gedung olahraga dibuka kapan min",
                "posko pengungsian di gedung olahraga sudah dibuka belum",
                "gedung olahraga posko pengungsian kapan dibuka ya");
        for (int i = 0; i < wordings.size(); i++) {
            unanswerable(store, now.minus(Duration.ofMinutes(12 - 3L * i)), "spike-" + i, wordings.get(i));
        }
        // Something else asked by one citizen only, in the same minutes.
        unanswerable(store, now.minus(Duration.ofMinutes(5)), "lone", "jadwal lomba burung merpati kecamatan");

        GapSpikeMonitor monitor = monitor(store);
        String gap = new KnowledgeGaps(store, WeekOfTraffic.ZONE, Clock.fixed(now, WeekOfTraffic.ZONE)).current(7).stream()
                .filter(g -> g.citizens() == 4).findFirst().orElseThrow().id();
        List<IssueAlert> alerts = monitor.check();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(IssueAlert.GAP);
            assertThat(a.count()).isEqualTo(4);
            assertThat(a.summary()).contains("4 warga", "30 menit", "posko pengungsian", gap, "/konsol/celah#" + gap)
                    .doesNotContain("merpati");
        });
        assertThat(monitor.check()).as("one alert per gap, not one a minute").isEmpty();
        assertThat(monitor(store).check()).as("nor from a second instance").isEmpty();
    }

    @Test
    void aClusterOfOneCitizenAskingManyTimesRaisesNoAlert(@TempDir Path data) {
        TranscriptStore store = store(data);
        for (int i = 0; i < 6; i++) {
            unanswerable(store, now.minus(Duration.ofMinutes(10 - i)), "one-citizen",
                    List.of("kapan pasar murah kelurahan", "pasar murah kelurahan kapan", "info pasar murah kelurahan").get(i % 3));
        }
        assertThat(monitor(store).check()).isEmpty();
    }

    @Test
    void twoCitizensAreNotASpikeAndAnOldGapAskedAgainIsNotNew(@TempDir Path data) {
        TranscriptStore store = store(data);
        unanswerable(store, now.minus(Duration.ofMinutes(4)), "two-1", "kapan vaksin rabies kucing gratis");
        unanswerable(store, now.minus(Duration.ofMinutes(3)), "two-2", "vaksin rabies kucing gratis kapan");
        // Asked three days ago, and now by four citizens within minutes: a spike, but of an old gap.
        unanswerable(store, now.minus(Duration.ofDays(3)), "old-0", "syarat izin keramaian pentas seni");
        for (int i = 1; i <= 4; i++) {
            unanswerable(store, now.minus(Duration.ofMinutes(i)), "old-" + i, "syarat izin keramaian pentas seni apa");
        }
        assertThat(monitor(store).check()).isEmpty();

        unanswerable(store, now.minus(Duration.ofMinutes(2)), "two-3", "vaksin rabies kucing gratis kapan ya");
        assertThat(monitor(store).check()).as("a third citizen makes it a spike").singleElement()
                .satisfies(a -> assertThat(a.summary()).contains("3 warga", "rabies"));
    }
}
