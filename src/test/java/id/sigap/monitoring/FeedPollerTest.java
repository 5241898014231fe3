package id.sigap.monitoring;

import id.sigap.broadcast.Area;
import id.sigap.monitoring.FakeFeedServer.Entry;
import id.sigap.sentiment.SentimentClassifier;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds read from a fake news server on loopback, good and bad, through Rome, into a real redis-server. */
class FeedPollerTest {

    static TestRedis redis;
    static FakeFeedServer server;
    static final SentimentClassifier CLASSIFIER = SentimentClassifier.offline();
    static final List<Area> AREAS = List.of(new Area("kota-sangkara", "Kota Sangkara"), new Area("kabupaten-lembah-hijau", "Kabupaten Lembah Hijau"));

    Instant now = Instant.now();
    ItemStore items;

    @BeforeAll
    static void start() throws Exception {
        redis = TestRedis.start("feed-poller");
        server = new FakeFeedServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        redis.close();
    }

    @BeforeEach
    void empty() {
        redis.flush();
        items = new ItemStore(redis.template(), Duration.ofDays(30));
        Instant t = now.minus(Duration.ofHours(1));
        server.feed("/berita", FakeFeedServer.rss("Portal Berita", List.of(
                new Entry("Banjir rendam tiga kecamatan di Kota Sangkara", "Warga mengungsi ke posko, air setinggi satu meter.",
                        "http://portal.invalid/banjir-sangkara?utm_source=rss", t),
                new Entry("Jembatan Lembah Hijau retak, warga khawatir", "Hubungi 0812-3456-7890 untuk laporan kerusakan jembatan.",
                        "http://portal.invalid/jembatan", t.plusSeconds(60)),
                new Entry("Festival kuliner dibuka meriah", "Pengunjung senang dan antusias, acara berjalan lancar.",
                        "http://portal.invalid/festival", t.plusSeconds(120)))));
        server.feed("/atom", FakeFeedServer.atom("Kabar Daerah", List.of(
                new Entry("Harga beras naik di pasar", "Pedagang mengeluh pembeli sepi karena harga beras naik terus.",
                        "http://kabar.invalid/beras", t),
                new Entry("Jadwal vaksinasi anak diumumkan", "Dinas kesehatan membuka layanan vaksinasi di puskesmas.",
                        "http://kabar.invalid/vaksin", t.plusSeconds(30)))));
        server.feed("/ganda", FakeFeedServer.rss("Agregator", List.of(
                new Entry("BANJIR rendam tiga kecamatan", "Judul lain, tautan sama.", "https://www.portal.invalid/banjir-sangkara/#top", t),
                new Entry("Harga beras naik di pasar", "Pedagang mengeluh pembeli sepi karena harga beras naik terus!",
                        "http://lain.invalid/beras-salinan", t),
                new Entry("Sekolah diliburkan karena banjir", "Dinas pendidikan meliburkan sekolah di daerah banjir.",
                        "http://lain.invalid/sekolah", t))));
        server.feed("/bukan-feed", "<html><body>Ini halaman, bukan umpan</body></html>");
        server.feed("/xxe", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title></item></channel></rss>");
        server.feed("/patah", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Patah</title><item><title>Banjir di");
        server.feed("/aneh", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Aneh</title>"
                + "<item></item>"
                + "<item><title>   </title><description><![CDATA[ <p> </p> ]]></description></item>"
                + "<item><title>Pasar murah digelar di alun-alun</title><pubDate>kemarin sore</pubDate>"
                + "<link>javascript:alert(1)</link></item>"
                + "<item><title>Listrik padam bergilir, warga mengeluh</title><pubDate>Sun, 01 Jan 2999 00:00:00 GMT</pubDate></item>"
                + "</channel></rss>");
        server.feed("/besar", FakeFeedServer.rss("Besar", List.of(new Entry("Besar", "x".repeat(300_000), "http://b.invalid/1", t))));
        server.feed("/raksasa", FakeFeedServer.rss("Raksasa", List.of(new Entry("Tulisan sangat panjang tentang pelayanan",
                "pelayanan publik yang lambat membuat warga kecewa ".repeat(3000), "http://r.invalid/1", t))));
        server.feed("/inggris", FakeFeedServer.rss("World", List.of(new Entry("Storm hits the coast",
                "The storm has damaged houses and the government said that it will help the victims.", "http://w.invalid/1", t))));
    }

    FeedPoller poller(List<String> paths) {
        MonitoringSettings settings = MonitoringSettings.defaults(paths.stream().map(server::url).toList())
                .withFetch(Duration.ofSeconds(2), 200_000); // 2 s: a loaded test machine still answers a good feed in time
        ItemIntake intake = new ItemIntake(items, new PostLog(redis.template(), Duration.ofHours(24), Duration.ofDays(30)), CLASSIFIER,
                new AreaGazetteer(AREAS), 2000, Clock.systemUTC());
        return new FeedPoller(settings, new FeedStatuses(redis.template()), intake, Clock.systemUTC());
    }

    static final List<String> ALL = List.of("/berita", "/atom", "/ganda", "/rusak", "/lambat", "/menetes", "/putar",
            "/lompat", "/bukan-feed", "/xxe", "/patah", "/aneh", "/besar", "/raksasa", "/inggris", "/file", "/tidak-ada");

    @Test
    void everyFeedIsReadOnceAndEachBrokenOneKeepsItsOwnErrorWithoutStoppingTheOthers() {
        FeedPoller poller = poller(ALL);
        Instant began = Instant.now();
        long start = System.nanoTime();
        FeedPoller.Round round = poller.poll(false);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(round.feedsAsked()).isEqualTo(ALL.size());
        Map<String, FeedStatus> byPath = poller.statuses().stream()
                .collect(Collectors.toMap(s -> s.url().substring(s.url().indexOf('/', 8)), Function.identity()));
        assertThat(byPath.get("/rusak").lastError()).contains("HTTP 500");
        assertThat(byPath.get("/tidak-ada").lastError()).contains("HTTP 404");
        assertThat(byPath.get("/lambat").lastError()).contains("waktu habis");
        assertThat(byPath.get("/menetes").lastError()).contains("waktu habis");
        assertThat(byPath.get("/putar").lastError()).contains("terlalu banyak pengalihan");
        assertThat(byPath.get("/file").lastError()).contains("bukan http");
        assertThat(byPath.get("/bukan-feed").lastError()).contains("bukan RSS/Atom");
        assertThat(byPath.get("/xxe").lastError()).contains("bukan RSS/Atom");
        assertThat(byPath.get("/patah").lastError()).as("a feed cut off in the middle").contains("bukan RSS/Atom");
        assertThat(byPath.get("/aneh").healthy()).as("odd items are skipped or repaired, the feed is fine").isTrue();
        assertThat(byPath.get("/besar").lastError()).contains("lebih besar");
        for (String good : List.of("/berita", "/atom", "/ganda", "/lompat", "/raksasa", "/inggris")) {
            assertThat(byPath.get(good).healthy()).as(good).isTrue();
        }
        assertThat(round.feedsFailed()).isEqualTo(10);
        // The slow feeds cost their timeout, not more.
        assertThat(took).as("bounded by the timeouts, not by the 5 s and 20 s of the slow feeds").isLessThan(Duration.ofSeconds(14));

        List<MonitoredItem> stored = items.between(now.minus(Duration.ofDays(1)), now.plusSeconds(60));
        // 3 + 2 + 1 new in /ganda (a same link and a same text are the same items), /lompat = /berita, 1 enormous, 1 English
        assertThat(stored).hasSize(10);
        assertThat(round.newItems()).isEqualTo(10);
        // Empty items are dropped; a date that cannot be read or lies in the future becomes the time of reading;
        // a link that is not http(s) is not kept.
        assertThat(stored).filteredOn(i -> i.text().startsWith("Pasar murah")).singleElement().satisfies(i -> {
            assertThat(i.time()).isBetween(began.minusSeconds(1), Instant.now());
            assertThat(i.link()).isNull();
        });
        assertThat(stored).filteredOn(i -> i.text().startsWith("Listrik padam")).singleElement()
                .satisfies(i -> assertThat(i.time()).isBefore(Instant.now().plusSeconds(1)));
        assertThat(stored).extracting(MonitoredItem::text).noneMatch(t -> t.contains("0812"))
                .anyMatch(t -> t.contains("[TELEPON]"));
        assertThat(stored).filteredOn(i -> i.text().startsWith("Banjir rendam")).singleElement()
                .satisfies(i -> assertThat(i.area()).isEqualTo("kota-sangkara"));
        assertThat(stored).filteredOn(i -> i.text().startsWith("Jembatan")).singleElement()
                .satisfies(i -> assertThat(i.area()).isEqualTo("kabupaten-lembah-hijau"));
        MonitoredItem enormous = stored.stream().filter(i -> i.link().equals("http://r.invalid/1")).findFirst().orElseThrow();
        assertThat(enormous.text().length()).isLessThanOrEqualTo(2001);
        assertThat(enormous.sentiment().isNegative()).isTrue();
        MonitoredItem english = stored.stream().filter(i -> i.link().equals("http://w.invalid/1")).findFirst().orElseThrow();
        assertThat(english.indonesian()).isFalse();
        assertThat(english.confidence()).isZero();
        assertThat(stored).filteredOn(MonitoredItem::indonesian).allMatch(i -> i.confidence() > 0);
    }

    @Test
    void aSecondRoundAsksWithTheValidatorsAndFailingFeedsWaitLonger() {
        FeedPoller poller = poller(ALL);
        poller.poll(false);
        int brokenAsked = server.requests("/rusak");

        FeedPoller.Round again = poller.poll(false);
        assertThat(again.feedsAsked()).as("nothing is due yet").isZero();
        assertThat(server.requests("/rusak")).isEqualTo(brokenAsked);

        int before = server.notModified("/berita");
        FeedPoller.Round forced = poller.poll(true);
        // /berita, and /lompat which redirects there, are both asked with their ETag and told "not modified".
        assertThat(server.notModified("/berita")).isEqualTo(before + 2);
        assertThat(forced.newItems()).isZero();
        FeedStatus broken = poller.statuses().stream().filter(s -> s.url().endsWith("/rusak")).findFirst().orElseThrow();
        assertThat(broken.failures()).isEqualTo(2);
        assertThat(broken.nextAttempt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
        FeedStatus good = poller.statuses().stream().filter(s -> s.url().endsWith("/berita")).findFirst().orElseThrow();
        assertThat(good.healthy()).isTrue();
        assertThat(good.failures()).isZero();
    }
}
