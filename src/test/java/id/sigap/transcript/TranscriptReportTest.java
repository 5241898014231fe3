package id.sigap.transcript;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TranscriptReportTest {

    static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path data;
    @TempDir
    static Path out;
    static int generated;
    static TranscriptReport.Summary summary;
    static String html;

    @BeforeAll
    static void aWeekOfTrafficAndItsReport() throws Exception {
        generated = WeekOfTraffic.write(data, FIRST, 7, 400, 42);
        summary = TranscriptReport.write(data, FIRST, FIRST.plusDays(6), WeekOfTraffic.ZONE, out);
        html = Files.readString(summary.file());
        System.out.printf("report of %d records written in %d ms (%d bytes)%n", summary.records(), summary.millis(), html.length());
    }

    @Test
    void readsEveryRecordOfTheWeek() {
        assertThat(summary.records()).isBetween(generated - 40, generated);
        assertThat(summary.skippedLines()).isZero();
        assertThat(summary.file()).isEqualTo(out.resolve("index.html"));
    }

    @Test
    void containsEveryChartSectionWithIndonesianLabels() {
        assertThat(html).contains(
                "id=\"volume\"", "Volume pesan per jam",
                "id=\"sentimen\"", "Sentimen per hari", "positif", "netral", "berpotensi negatif", "negatif",
                "id=\"jawaban\"", "Dijawab vs diteruskan ke petugas",
                "id=\"alasan\"", "Alasan diteruskan ke petugas", "jawaban bot tidak pasti", "warga meminta petugas",
                "id=\"waktu-ambil\"", "Waktu sampai diambil petugas", "belum diambil",
                "id=\"umpan-balik\"", "Rasio 👍/👎",
                "id=\"kepuasan\"", "Penilaian kepuasan",
                "id=\"celah\"", "celah basis pengetahuan",
                "id=\"entri-jempol-bawah\"", "Entri yang mendapat 👎");
        assertThat(html).doesNotContain("Belum ada data pada periode ini.");
        assertThat(countOf(html, "<svg")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void groupsTheUnansweredQuestionsByTopic() {
        String gaps = html.substring(html.indexOf("id=\"celah\""), html.indexOf("id=\"entri-jempol-bawah\""));
        assertThat(gaps).contains("vaksin rabies", "sekolah", "asuransi motor");
        // Paraphrases of one question land in one row: five generated topics, far fewer rows than questions.
        assertThat(countOf(gaps, "<tr>") - 1).isBetween(5, 8);
        assertThat(gaps).doesNotContain("bicara dengan petugas", "kecewa");
    }

    @Test
    void namesTheEntryThatDrewTheMostThumbsDown() {
        String entries = html.substring(html.indexOf("id=\"entri-jempol-bawah\""));
        assertThat(entries.indexOf("jalan-ditutup")).isPositive().isLessThan(entries.indexOf("ktp-hilang"));
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContain("<script", "<link ", "<img", "src=\"http", "href=\"http", "url(");
    }

    @Test
    void listsBroadcastsWithTheirLatestReceipt(@TempDir Path dir) throws Exception {
        Path files = TranscriptFiles.directory(dir);
        java.nio.file.Files.createDirectories(files);
        java.time.Instant at = FIRST.atTime(9, 0).atZone(WeekOfTraffic.ZONE).toInstant();
        java.util.List<TranscriptRecord> records = java.util.List.of(
                TranscriptRecord.broadcast(at, "B1", "STARTED", "Air naik di Sangkara, menuju posko.", java.util.List.of(),
                        java.util.List.of("kota-sangkara"), java.util.Map.of("targeted", 2000L, "pending", 2000L)),
                TranscriptRecord.broadcast(at.plusSeconds(80), "B1", "FINISHED", "Air naik di Sangkara, menuju posko.",
                        java.util.List.of(), java.util.List.of("kota-sangkara"),
                        java.util.Map.of("targeted", 2000L, "sent", 1990L, "blocked", 7L, "failed:chat-not-found", 3L)),
                TranscriptRecord.broadcast(at.plusSeconds(600), "B2", "STARTED", "Hoaks bendungan jebol tidak benar.",
                        java.util.List.of(), java.util.List.of("semua"), java.util.Map.of("targeted", 500L)));
        for (TranscriptRecord r : records) {
            java.nio.file.Files.writeString(TranscriptFiles.file(files, FIRST), TranscriptJson.write(r) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        TranscriptReport.Summary s = TranscriptReport.write(dir, FIRST, FIRST, WeekOfTraffic.ZONE, dir.resolve("out"));
        String page = Files.readString(s.file());
        assertThat(page).contains("id=\"siaran\"", "Siaran kabar resmi", "B1", "1.990", "chat-not-found 3", "selesai",
                "B2", "sedang dikirim", "Hoaks bendungan");
    }

    @Test
    void listsTheNoticesToAGapsAskersWithEntryApproverAndTheConsolesCounts(@TempDir Path dir) throws Exception {
        Path files = TranscriptFiles.directory(dir);
        Files.createDirectories(files);
        java.time.Instant at = FIRST.atTime(10, 0).atZone(WeekOfTraffic.ZONE).toInstant();
        List<TranscriptRecord> records = List.of(
                TranscriptRecord.gapNotice(at, "o1", "STARTED", "celah-3f0c", "Jadwal festival layang-layang", "penyetuju7",
                        java.util.Map.of("targeted", 6L, "skipped:deleted-data", 1L)),
                TranscriptRecord.gapNotice(at.plusSeconds(40), "o1", "FINISHED", "celah-3f0c", "Jadwal festival layang-layang",
                        "penyetuju7", java.util.Map.of("targeted", 6L, "sent", 2L, "blocked", 1L, "skipped:deleted-data", 1L,
                                "skipped:answered-by-staff", 1L, "failed:chat-not-found", 1L)),
                TranscriptRecord.gapNotice(at.plusSeconds(600), "o2", "STARTED", "kip-kuliah", "KIP Kuliah", "penyetuju8",
                        java.util.Map.of("targeted", 3L)));
        for (TranscriptRecord r : records) {
            Files.writeString(TranscriptFiles.file(files, FIRST), TranscriptJson.write(r) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        String page = Files.readString(TranscriptReport.write(dir, FIRST, FIRST, WeekOfTraffic.ZONE, dir.resolve("out")).file());
        assertThat(page).contains("id=\"pemberitahuan-celah\"", "Pemberitahuan kepada penanya celah");
        String first = page.substring(page.indexOf("celah-3f0c"), page.indexOf("kip-kuliah"));
        assertThat(first).contains("Jadwal festival layang-layang", "2026-03-02 10:00", "penyetuju7",
                "<td class=\"num\">6</td><td class=\"num\">2</td><td class=\"num\">1</td>"
                        + "<td>2 (answered-by-staff: 1, deleted-data: 1)</td><td>1 (chat-not-found: 1)</td><td class=\"num\">0</td>",
                "selesai");
        String second = page.substring(page.indexOf("kip-kuliah"));
        assertThat(second).contains("penyetuju8", "<td class=\"num\">3</td>", "sedang dikirim");
    }

    @Test
    void theWeeksReportHasNoNoticeSectionWhenNoGapWasAnsweredToItsAskers() {
        assertThat(html).doesNotContain("id=\"pemberitahuan-celah\"");
    }

    @Test
    void anEmptyPeriodStillMakesAPage(@TempDir Path empty) throws Exception {
        TranscriptReport.Summary none = TranscriptReport.write(empty, FIRST, FIRST, WeekOfTraffic.ZONE, empty.resolve("out"));
        assertThat(none.records()).isZero();
        assertThat(Files.readString(none.file())).contains("Belum ada data pada periode ini.", "Volume pesan per jam");
    }

    @Test
    void rendersInHeadlessChromium(@TempDir Path profile) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
        Path png = out.resolve("screenshot.png");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1280,2400",
                summary.file().toUri().toString()));
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(30_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        int coloured = 0;
        int total = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                total++;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        // The blue header and the coloured bars: a blank or unstyled page has almost no saturated pixels.
        assertThat((double) coloured / total).isGreaterThan(0.03);
        Files.copy(png, new File("target/transcript-report-screenshot.png").toPath(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
