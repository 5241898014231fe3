package id.sigap.web;

import id.sigap.account.ConsoleAccount;
import id.sigap.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real browser: Debian's headless Chromium driven by Selenium through the system
 * chromedriver (skipped when either is missing). Editors change an entry, a different approver
 * publishes it, the bot's answer changes for citizens, and staff answer a handed-off citizen. Every page
 * visited is saved as a screenshot under {@code target/screenshots/}.
 */
class ConsoleBrowserTest extends ConsoleTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String ENTRY = "banjir-layanan-kesehatan-gratis";
    static final String QUESTION = "apakah berobat gratis untuk korban banjir";
    static final String NEW_TEXT = "diperpanjang sampai 31 Januari 2027";

    static WebDriver browser;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("sigap-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private void shot(String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void signIn(String username, String password) {
        open("/konsol/masuk");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#masuk").click();
        wait.until(ExpectedConditions.urlToBe(url("/konsol")));
    }

    private void signOut() {
        find("form.keluar button").click();
        wait.until(ExpectedConditions.urlContains("/konsol/masuk?keluar"));
    }

    private String askAsCitizen() {
        open("/konsol/kb/tanya");
        find("#pertanyaan").sendKeys(QUESTION);
        find("#tanya").click();
        return find("#jawaban-terbit").getText();
    }

    @Test
    void editorsAndApproversChangeAnAnswerAndStaffAnswerACitizen() throws IOException {
        ConsoleAccount editor = account("editor", Role.EDITOR);
        ConsoleAccount approver = account("penyetuju", Role.APPROVER);
        ConsoleAccount staff = account("petugas", Role.STAFF);

        // The sign-in page, and a wrong password.
        open("/konsol/masuk");
        shot("01-masuk");
        find("#username").sendKeys(editor.username());
        find("#password").sendKeys("bukan-kata-sandinya");
        find("#masuk").click();
        assertThat(find(".pesan.galat").getText()).contains("salah");

        // The editor: dashboard, list, ask as a citizen before the change.
        signIn(editor.username(), password(editor.username()));
        find("#panel");
        shot("02-dasbor");
        open("/konsol/kb");
        find("#daftar-entri");
        shot("03-kb-daftar");
        assertThat(askAsCitizen()).contains("31 Desember 2026").doesNotContain(NEW_TEXT);

        // Edit with a live preview, save as a draft.
        open("/konsol/kb/" + ENTRY + "/sunting");
        WebElement body = find("#body");
        body.clear();
        body.sendKeys("Korban banjir berobat **gratis**, " + NEW_TEXT + ", di:\n\n- posko kesehatan 24 jam\n- semua puskesmas");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pratinjau li"), "posko kesehatan 24 jam"));
        assertThat(find("#pratinjau strong").getText()).isEqualTo("gratis");
        find("#note").sendKeys("masa layanan gratis diperpanjang");
        shot("04-kb-sunting");
        find("#simpan").click();
        assertThat(find(".pesan.ok").getText()).contains("Draf disimpan");
        assertThat(find("#draf").getText()).contains(NEW_TEXT);
        shot("05-kb-entri-draf");

        // Ask as a citizen: the published answer is unchanged, the draft side already has the new text.
        askAsCitizen();
        assertThat(find("#jawaban-terbit").getText()).doesNotContain(NEW_TEXT);
        assertThat(find("#jawaban-draf").getText()).contains(NEW_TEXT);
        shot("06-tanya-draf");

        // A crisis notice on the topic.
        open("/konsol/pemberitahuan");
        find("#notice-text").sendKeys("Semua layanan kesehatan korban banjir tetap gratis. Abaikan pesan berantai soal biaya.");
        find("#notice-keywords").sendKeys("biaya berobat, rumah sakit");
        find("#terbitkan-pemberitahuan").click();
        assertThat(find(".pesan.ok").getText()).contains("Pemberitahuan terbit");
        shot("07-pemberitahuan");
        signOut();

        // The approver publishes it; Sigap answers with the new text at once.
        signIn(approver.username(), password(approver.username()));
        open("/konsol/kb/" + ENTRY);
        find("#setujui").click();
        assertThat(find(".pesan.ok").getText()).contains("diterbitkan");
        shot("08-kb-disetujui");
        assertThat(askAsCitizen()).contains(NEW_TEXT);
        shot("09-tanya-terbit");
        open("/konsol/kb/" + ENTRY + "/riwayat");
        assertThat(find("pre.diff").getText()).contains(NEW_TEXT);
        shot("10-kb-riwayat");
        signOut();

        // A citizen in the simulator (public, no sign-in) sees the new answer, then asks for a person.
        open("/");
        String simulator = browser.getWindowHandle();
        WebElement text = find("#text");
        text.sendKeys(QUESTION + "\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), NEW_TEXT));
        text.sendKeys("/petugas\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "petugas humas"));
        shot("11-simulator");

        // Staff, in another tab: the queue shows the handoff; claim it and answer.
        browser.switchTo().newWindow(WindowType.TAB);
        String console = browser.getWindowHandle();
        signIn(staff.username(), password(staff.username()));
        open("/konsol/antrean");
        WebElement card = find("#kolom-menunggu a.antre");
        // The card speaks plain Indonesian and shows what the citizen wrote last.
        assertThat(card.getText()).contains("Biasa", "warga meminta petugas").doesNotContain("NORMAL", "asked-for-human");
        assertThat(card.findElement(By.cssSelector(".pratinjau")).getText()).startsWith("“");
        shot("12-antrean");
        card.click();
        find("#ambil").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Sedang ditangani"));
        find("#balasan").sendKeys("Halo, saya Rina dari humas. Berobat di puskesmas tetap gratis untuk korban banjir.");
        find("#kirim").click();
        assertThat(find(".pesan.ok").getText()).contains("Terkirim");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.log"), "saya Rina dari humas"));
        shot("13-percakapan");

        // The citizen's simulator receives the staff answer by polling.
        browser.switchTo().window(simulator);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "saya Rina dari humas"));
        shot("14-simulator-balasan-petugas");

        // Resolve; the handoff leaves the open lists; the dashboard shows today's figures.
        browser.switchTo().window(console);
        find("#selesai").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Selesai"));
        open("/konsol");
        find("#panel");
        shot("15-dasbor-petugas");
        open("/konsol/pengguna");
        assertThat(find("main h1").getText()).isEqualTo("Akses ditolak");
        shot("16-akses-ditolak");
        open("/konsol");
        signOut();

        // The admin: accounts and the audit log of everything above.
        signIn("admin", ADMIN_PASSWORD);
        open("/konsol/pengguna");
        find("#new-username");
        shot("17-pengguna");
        open("/konsol/audit");
        String audit = find("table.audit").getText();
        assertThat(audit).contains("kb.setujui-terbitkan", "kb.draf-simpan", "pemberitahuan.terbit", "antrean.balas");
        shot("18-audit");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    }

    @Test
    void theEditorCreatesANewEntryThatNeedsADifferentApprover() throws IOException {
        ConsoleAccount both = account("editorpenyetuju", Role.EDITOR, Role.APPROVER);
        signIn(both.username(), password(both.username()));
        open("/konsol/kb/baru");
        find("#entryId").sendKeys("banjir-dapur-umum-malam");
        find("#title").sendKeys("Dapur umum buka malam hari");
        find("#questions").sendKeys("dapur umum buka sampai jam berapa\nmakan malam pengungsi");
        find("#tags").sendKeys("banjir, logistik");
        new Select(find("#status")).selectByValue("approved");
        find("#body").sendKeys("Dapur umum di setiap posko buka sampai **pukul 21.00**.");
        find("#simpan").click();
        assertThat(find("#draf").getText()).contains("pukul 21.00");
        assertThat(find("#setujui").isEnabled()).isFalse();
        shot("19-kb-baru-draf");
        signOut();
    }

    @org.springframework.beans.factory.annotation.Autowired
    id.sigap.broadcast.Subscriptions subscriptions;

    @Test
    void anEditorDraftsAnUpdateAndAnotherApproverSendsAndStopsIt() throws IOException {
        ConsoleAccount editor = account("penulissiaran", Role.EDITOR);
        ConsoleAccount approver = account("penyetujusiaran", Role.APPROVER);
        id.sigap.broadcast.Area sangkara = new id.sigap.broadcast.Area("kota-sangkara", "Kota Sangkara");
        for (long chat = 770_001; chat <= 770_012; chat++) {
            subscriptions.subscribe(chat, sangkara);
        }

        signIn(editor.username(), password(editor.username()));
        open("/konsol/siaran");
        find("#siaran-teks").sendKeys("Air Sungai Tirta naik. Warga bantaran Kota Sangkara segera menuju posko terdekat.");
        find("#wilayah-kota-sangkara").click();
        find("#siaran-entri").sendKeys("banjir-posko-sangkara-utara");
        shot("21-siaran-draf");
        find("#simpan-siaran").click();
        assertThat(find(".pesan.ok").getText()).contains("Penyetuju lain");
        String id = find("#daftar-siaran tr:nth-child(2) td").getText();
        assertThat(browser.findElements(By.id("kirim-" + id))).as("the author cannot send it").isEmpty();
        signOut();

        signIn(approver.username(), password(approver.username()));
        open("/konsol/siaran");
        find("#kirim-" + id).click();
        assertThat(find(".pesan.ok").getText()).contains("sedang dikirim ke 12 pelanggan");
        assertThat(find("#kemajuan-" + id).getText()).contains("sedang dikirim").contains("sasaran 12");
        shot("22-siaran-dikirim");
        find("#batal-" + id).click();
        assertThat(find("#kemajuan-" + id).getText()).contains("dibatalkan").contains("tidak dikirim 12");
        shot("23-siaran-dihentikan");
        signOut();
    }
}
