package id.sigap.monitoring;

import id.sigap.support.TestDirs;
import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A week of generated items gives the daily brief in seconds; the page is self-contained and renders in Chromium. */
class DailyBriefTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z"); // 16:00 in Jakarta
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static TestRedis redis;
    static MonitoringFixture f;
    static AskedQuestions asked;

    @BeforeAll
    static void aWeekOfItems() {
        redis = TestRedis.start("daily-brief");
        f = new MonitoringFixture(redis, NOW);
        asked = new AskedQuestions(redis.template(), ZoneId.of("Asia/Jakarta"), Duration.ofDays(30));
        String[] subjects = {
                "Harga cabai dan bawang di pasar induk %s naik menjelang akhir tahun",
                "Layanan vaksinasi anak dibuka di puskesmas %s setiap Senin dan Kamis",
                "Perbaikan jalan provinsi ruas %s dikerjakan bertahap, pengendara diminta hati-hati",
                "Festival budaya %s menarik ribuan pengunjung, pedagang senang",
                "Warga %s mengeluhkan air PDAM keruh dan sering mati, pelayanan dinilai buruk",
                "Pendaftaran bantuan sosial di %s diperpanjang hingga akhir bulan",
                "Sampah menumpuk di sungai %s setelah hujan deras, warga kesal",
                "Pelatihan UMKM digital untuk pelaku usaha %s diikuti ratusan peserta"};
        String[] places = {"Kota Sangkara", "Kabupaten Lembah Hijau", "Kota Batu Sari", "kecamatan timur", "pusat kota"};
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2100; i++) {
            Duration ago = Duration.ofMinutes(random.nextLong(7 * 24 * 60));
            String text = subjects[random.nextInt(subjects.length)].formatted(places[random.nextInt(places.length)])
                    + " (kabar " + i + " nomor " + random.nextInt(1000) + ")";
            if (random.nextBoolean()) {
                f.news(text, ago);
            } else {
                f.groupPost("akun-" + random.nextInt(400), text, ago);
            }
        }
        for (int i = 0; i < EarlyWarningTest.BURST.size(); i++) {
            f.news(EarlyWarningTest.BURST.get(i), Duration.ofMinutes(20 + i * 9L));
        }
        for (int i = 0; i < 9; i++) {
            asked.count("kapan bantuan sosial cair?", NOW.minusSeconds(600 + i), "warga-" + i);
        }
        asked.count("jam buka kantor dukcapil", NOW.minusSeconds(60), "warga-9");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    static final List<DraftMatcher.PendingDraft> DRAFTS = List.of(
            new DraftMatcher.PendingDraft("jembatan-lembah-hijau", "Klarifikasi jembatan ambruk di Lembah Hijau",
                    "---\nid: jembatan-lembah-hijau\n---\nJembatan yang ambruk di Lembah Hijau sedang diperbaiki; warga dapat memakai jalur alternatif."),
            new DraftMatcher.PendingDraft("jam-layanan", "Jam layanan kantor", "Kantor buka Senin sampai Jumat pukul 08.00."));

    BriefBuilder builder() {
        return new BriefBuilder(f.service, asked, () -> null, new DraftMatcher(() -> DRAFTS));
    }

    @Test
    void aWeekOfItemsGivesTheBriefInSecondsWithTopIssuesAreasAndActions() {
        long start = System.nanoTime();
        DailyBrief brief = builder().forDay(DAY, NOW);
        String html = BriefPage.render(brief, ZoneId.of("Asia/Jakarta"), "");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("brief of a week (%d items in the day) built and rendered in %d ms%n", brief.items(), took.toMillis());
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(brief.items()).isGreaterThan(150);
        assertThat(brief.topIssues()).isNotEmpty();
        assertThat(brief.topIssues().getFirst().label()).contains("jembatan");
        assertThat(brief.topIssues().getFirst().alert()).isTrue();
        assertThat(brief.byArea()).extracting(SentimentMap.Row::name).contains("Kota Sangkara", "Kabupaten Lembah Hijau");
        assertThat(brief.askedMost().getFirst()).isEqualTo(new AskedQuestions.Asked("kapan bantuan sosial cair", 9));
        assertThat(brief.actions()).isNotEmpty().allSatisfy(a -> assertThat(a.entries()).isNotEmpty());
        assertThat(html).contains("Isu utama", "Sentimen per wilayah", "Saran tindakan", "/konsol/kb/jembatan-darurat",
                "kapan bantuan sosial cair");
        // The draft in progress about the bridge is linked beside the approved entry; the unrelated draft is not.
        DailyBrief.Action bridge = brief.actions().stream().filter(a -> a.topic().contains("jembatan")).findFirst().orElseThrow();
        assertThat(bridge.drafts()).extracting(DailyBrief.Entry::id).containsExactly("jembatan-lembah-hijau");
        assertThat(bridge.advice()).isEqualTo(BriefTexts.ADVICE_FINISH_DRAFT);
        assertThat(html).contains("/konsol/kb/jembatan-lembah-hijau", "Klarifikasi jembatan ambruk").doesNotContain("/konsol/kb/jam-layanan");
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http", "@import");
        String message = BriefMessage.text(brief);
        assertThat(message).contains("Isu utama", "jembatan").hasSizeLessThan(4096);
    }

    @Test
    void theBriefVerbWritesIndexHtmlAndRefusesBadArguments() throws Exception {
        Path out = TestDirs.fresh("brief-verb");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = new MonitoringVerbs(f.service, builder()).brief(List.of("--date", DAY.toString(), "--out", out.toString()),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Ringkasan isu 2026-11-30");
        assertThat(MonitoringVerbs.usageError("brief", List.of("--date", "kemarin", "--out", "x"))).get().asString().contains("YYYY-MM-DD");
        assertThat(MonitoringVerbs.usageError("brief", List.of("--date", "2026-11-30"))).get().asString().contains("--out");
        assertThat(MonitoringVerbs.usageError("monitor", List.of("--json"))).get().asString().contains("--once");
        assertThat(MonitoringVerbs.usageError("monitor", List.of("--once", "--jsn"))).get().asString().contains("unknown option");
        assertThat(MonitoringVerbs.usageError("monitor", List.of("--once", "--json"))).isEmpty();
    }

    @Test
    void theBriefRendersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium or chromedriver is not installed");
        Path dir = TestDirs.fresh("brief-browser");
        Files.writeString(dir.resolve("index.html"), BriefPage.render(builder().forDay(DAY, NOW), ZoneId.of("Asia/Jakarta"), ""));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("sigap-chromium-");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,2400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(dir.resolve("index.html").toUri().toString());
            assertThat(browser.findElement(By.cssSelector("#isu-utama h2")).getText()).isEqualTo("Isu utama");
            assertThat(Integer.parseInt(browser.findElement(By.id("jumlah-item")).getText())).isGreaterThan(150);
            assertThat(browser.findElement(By.cssSelector("#isu-utama .bar")).getSize().getWidth()).isGreaterThan(50);
            assertThat(browser.findElement(By.cssSelector("a.draf")).getAttribute("href")).endsWith("/konsol/kb/jembatan-lembah-hijau");
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("ringkasan-harian.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
