package id.sigap.transcript;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IssueMonitorTest {

    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final MonitorSettings SETTINGS = new MonitorSettings(true, Duration.ofMinutes(30), Duration.ofHours(24),
            3.0, 5, Duration.ofHours(2), Duration.ofMinutes(1), 0.5);

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(START);
    final List<Object> published = new ArrayList<>();

    IssueMonitor monitor() {
        return new IssueMonitor(SETTINGS, published::add, clock, dir, ZoneId.of("Asia/Jakarta"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void staysQuietOnFlatTraffic(long seed) {
        IssueMonitor monitor = monitor();
        SplittableRandom random = new SplittableRandom(seed);
        List<IssueAlert> alerts = new ArrayList<>();
        // Two days of steady traffic: about 12 negative messages and 4 unanswered questions an hour.
        for (int minute = 0; minute < 48 * 60; minute++) {
            clock.set(START.plusSeconds(minute * 60L));
            if (random.nextDouble() < 0.2) {
                monitor.observe(turn(clock.instant(), "negatif", "ANSWER", "jalan ditutup di mana"));
            }
            if (random.nextDouble() < 0.066) {
                monitor.observe(turn(clock.instant(), "netral", "FALLBACK", "jadwal vaksin rabies kucing kapan"));
            }
            if (minute % 5 == 0) {
                alerts.addAll(monitor.check());
            }
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void firesOnceOnASpikeOfNegativeMessages() {
        IssueMonitor monitor = monitor();
        steadyDay(monitor);
        // Then 30 negative messages in 20 minutes, about ten times the usual rate.
        for (int i = 0; i < 30; i++) {
            clock.set(clock.instant().plusSeconds(40));
            monitor.observe(turn(clock.instant(), i % 2 == 0 ? "negatif" : "berpotensi_negatif", "HANDOFF", "air sudah setinggi dada"));
        }
        List<IssueAlert> alerts = monitor.check();
        assertThat(alerts).hasSize(1);
        IssueAlert alert = alerts.getFirst();
        assertThat(alert.kind()).isEqualTo(IssueAlert.SENTIMENT);
        assertThat(alert.count()).isGreaterThanOrEqualTo(30);
        assertThat(alert.ratio()).isGreaterThan(3.0);
        assertThat(alert.summary()).contains("negatif", "30 menit");
        assertThat(alert.at()).isEqualTo(clock.instant());

        // The same spike a minute later: in cooldown.
        clock.set(clock.instant().plusSeconds(60));
        monitor.observe(turn(clock.instant(), "negatif", "HANDOFF", "air sudah setinggi dada"));
        assertThat(monitor.check()).isEmpty();
    }

    @Test
    void publishesTheAlertAsAnApplicationEvent() {
        IssueMonitor monitor = monitor();
        steadyDay(monitor);
        for (int i = 0; i < 20; i++) {
            clock.set(clock.instant().plusSeconds(30));
            monitor.observe(turn(clock.instant(), "negatif", "HANDOFF", "kecewa sekali"));
        }
        monitor.scheduledCheck();
        assertThat(published).singleElement().isInstanceOf(IssueAlert.class);
    }

    @Test
    void firesWhenOneUnansweredTopicRises() {
        IssueMonitor monitor = monitor();
        steadyDay(monitor);
        List<String> wordings = List.of("apakah sekolah diliburkan besok karena banjir", "sekolah libur besok karena banjir?",
                "besok sekolah diliburkan tidak", "sekolah diliburkan besok?");
        for (int i = 0; i < 8; i++) {
            clock.set(clock.instant().plusSeconds(90));
            monitor.observe(turn(clock.instant(), "netral", "HANDOFF", wordings.get(i % wordings.size())));
        }
        List<IssueAlert> alerts = monitor.check();
        assertThat(alerts).extracting(IssueAlert::kind).containsExactly(IssueAlert.TOPIC);
        assertThat(alerts.getFirst().count()).isEqualTo(8);
        assertThat(alerts.getFirst().summary()).contains("sekolah");
    }

    @Test
    void waitsForAWindowOfHistoryBeforeJudging() {
        IssueMonitor monitor = monitor();
        for (int i = 0; i < 20; i++) {
            clock.set(START.plusSeconds(i * 30L));
            monitor.observe(turn(clock.instant(), "negatif", "ANSWER", "kecewa"));
        }
        assertThat(monitor.check()).isEmpty();
    }

    @Test
    void aRequestForAPersonIsNotAnUnansweredTopic() {
        IssueMonitor monitor = monitor();
        steadyDay(monitor);
        for (int i = 0; i < 10; i++) {
            clock.set(clock.instant().plusSeconds(60));
            TranscriptRecord asked = TranscriptRecord.turn(clock.instant(), "c", "telegram", "TEXT", "mau bicara dengan petugas",
                    null, List.of(), "id", "netral", 0.9, false, true, List.of(), null, null, "HANDOFF",
                    List.of("asked-for-human"), List.of(), null, null, Map.of(), 10L);
            monitor.observe(asked);
        }
        assertThat(monitor.check()).isEmpty();
    }

    /** A quiet day first, so that the monitor knows what is usual: a few negative messages an hour. */
    private void steadyDay(IssueMonitor monitor) {
        for (int minute = 0; minute < 24 * 60; minute++) {
            clock.set(START.plusSeconds(minute * 60L));
            if (minute % 20 == 0) {
                monitor.observe(turn(clock.instant(), "negatif", "ANSWER", "pelayanan lambat"));
            }
            if (minute % 180 == 0) {
                monitor.observe(turn(clock.instant(), "netral", "FALLBACK", "jadwal vaksin rabies kucing kapan"));
            }
        }
        assertThat(monitor.check()).isEmpty();
    }

    static TranscriptRecord turn(Instant at, String sentiment, String outcome, String text) {
        return TranscriptRecord.turn(at, "c", "telegram", "TEXT", text, text, List.of(), "id", sentiment, 0.8, false,
                false, List.of(), null, null, outcome, List.of(sentiment.contains("negatif") ? "negatif" : "low-confidence"),
                List.of(), null, null, Map.of(), 10L);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
