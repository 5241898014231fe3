package id.sigap.monitoring;

import id.sigap.broadcast.Area;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.support.TestRedis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Monitoring's parts on a real redis-server with a fixed clock, no feeds, and the alerts it publishes collected. */
final class MonitoringFixture {

    static final SentimentClassifier CLASSIFIER = SentimentClassifier.offline();
    static final List<Area> AREAS = List.of(new Area("kota-sangkara", "Kota Sangkara"),
            new Area("kabupaten-lembah-hijau", "Kabupaten Lembah Hijau"), new Area("kota-batu-sari", "Kota Batu Sari"));

    final Instant now;
    final MonitoringSettings settings;
    final ItemStore items;
    final PostLog posts;
    final ItemIntake intake;
    final MonitoringService service;
    final List<Object> published = new ArrayList<>();

    MonitoringFixture(TestRedis redis, Instant now) {
        this.now = now;
        this.settings = MonitoringSettings.defaults(List.of());
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        items = new ItemStore(redis.template(), settings.retention());
        posts = new PostLog(redis.template(), settings.baseline(), settings.retention());
        intake = new ItemIntake(items, posts, CLASSIFIER, new AreaGazetteer(AREAS), settings.maxItemChars(), clock);
        FeedPoller poller = new FeedPoller(settings, new FeedStatuses(redis.template()), intake, clock);
        service = new MonitoringService(settings, poller, items, posts, redis.template(), published::add,
                text -> List.of("jembatan-darurat — Jalur alternatif saat jembatan ditutup"),
                code -> AREAS.stream().filter(a -> a.code().equals(code)).map(Area::name).findFirst().orElse(code),
                AREAS.stream().map(Area::name).toList());
    }

    void news(String text, Duration ago) {
        intake.take(new CollectedPost(SourceKind.FEED, "http://portal.invalid/rss", now.minus(ago),
                "http://portal.invalid/" + TextFingerprint.hash(text), text, null));
    }

    void groupPost(String author, String text, Duration ago) {
        intake.take(new CollectedPost(SourceKind.GROUP, "grup-abc", now.minus(ago), null, text, author));
    }

    /** A day of ordinary news on several subjects, spread over the 26 hours before the last two. */
    void ordinaryBackground() {
        String[] subjects = {
                "Festival kuliner Kota Batu Sari ramai pengunjung, pedagang senang penjualan meningkat",
                "Dinas kesehatan membuka layanan vaksinasi anak di puskesmas Kota Sangkara pekan ini",
                "Harga cabai di pasar induk stabil menjelang akhir pekan menurut pedagang",
                "Pemerintah daerah menggelar rapat koordinasi persiapan musim hujan bersama BPBD",
                "Pelatihan UMKM digital diikuti ratusan pelaku usaha di Kabupaten Lembah Hijau"};
        for (int i = 0; i < 40; i++) {
            news(subjects[i % subjects.length] + " (laporan " + i + ")", Duration.ofMinutes(150 + i * 37L));
        }
    }
}
