package id.sigap.privacy;

import id.sigap.account.ConsoleAccounts;
import id.sigap.account.Role;
import id.sigap.audit.AuditLog;
import id.sigap.audit.AuditRecord;
import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.support.TestDirs;
import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.FakeBotApi.Call;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application (real pipeline, embedded Redis in a temporary data directory, the Telegram channel
 * against the fake Bot API, the web console): a citizen writes a NIK, a KK number, two phone numbers and
 * an e-mail address; the chat is handed to staff, who claim it and answer in the group and in the console;
 * then Redis rewrites its files. None of the raw values may be found in any file under the data directory
 * (append-only file and snapshot included, written uncompressed so that a search can see into them), in
 * what the bot sent to the staff group, in the audit log, or in the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTest {

    static final FakeBotApi api = new FakeBotApi();
    static final Path DATA = TestDirs.fresh("privacy-at-rest");
    static final long STAFF_CHAT = -100777, STAFF = 990, CITIZEN = 424242;
    static final Duration WAIT = Duration.ofSeconds(30);

    static final String NIK = "3171014506890002";
    static final String KK = "3171012301230004";
    static final String MOBILE = "081234567890";
    static final String MOBILE_INTL = "+62 812 3456 7891";
    static final String EMAIL = "warga.sigap@example.com";
    /** Every raw value, also as bare digits (a phone written with spaces must not hide as digits either). */
    static final List<String> RAW = List.of(NIK, KK, MOBILE, MOBILE_INTL, "6281234567891", "81234567891", EMAIL);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "privacy-at-rest");
        registry.add("sigap.data-dir", DATA::toString);
        registry.add("sigap.staff-chat-id", () -> STAFF_CHAT);
        registry.add("sigap.staff-user-ids", () -> String.valueOf(STAFF));
        registry.add("sigap.telegram.group-per-minute", () -> 600);
        registry.add("sigap.handoff.office-hours", () -> "MON-SUN 00:00-23:59");
        registry.add("sigap.console.admin-password", () -> "admin-rahasia-123");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    HandoffService handoffs;
    @Autowired
    AuditLog audit;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    @Test
    void noRawPersonalDataRestsInFilesStaffGroupAuditOrLogs(CapturedOutput output) throws Exception {
        // So that a plain search sees into every string Redis writes (no LZF, no binary preamble).
        redis.execute((RedisCallback<Void>) c -> {
            c.serverCommands().setConfig("rdbcompression", "no");
            c.serverCommands().setConfig("aof-use-rdb-preamble", "no");
            return null;
        });

        String personal = "NIK saya " + NIK + ", KK " + KK + ", hp " + MOBILE + " atau " + MOBILE_INTL
                + ", email " + EMAIL + ". Tolong bantuan sembako belum datang.";
        api.sendText(CITIZEN, personal);
        api.sendText(CITIZEN, "/petugas");
        api.await(WAIT, a -> handoffs.openFor("telegram", CITIZEN).isPresent(), "handoff opened");
        Handoff h = handoffs.openFor("telegram", CITIZEN).orElseThrow();
        api.sendText(CITIZEN, "Ulangi: " + personal);
        api.await(WAIT, a -> staffTexts().stream().anyMatch(t -> t.contains("Ulangi") && t.contains("[NIK]")), "relay");

        // Staff claim in the group and answer there (quoting the number), then answer from the console.
        api.sendCallbackFrom(STAFF_CHAT, STAFF, "Ani", "h:c:" + h.id());
        api.await(WAIT, a -> handoffs.find(h.id()).orElseThrow().cardMessageId() != null
                && handoffs.find(h.id()).orElseThrow().staffUserId() != null, "claimed");
        int card = handoffs.find(h.id()).orElseThrow().cardMessageId().intValue();
        api.sendTextFrom(STAFF_CHAT, STAFF, "Ani", "Baik, kami telepon ke " + MOBILE + " sore ini.", card, null);
        api.await(WAIT, a -> a.delivered(CITIZEN).stream().anyMatch(c -> c.text().contains("sore ini")), "group reply");
        api.sendText(CITIZEN, "Atau kirim ke " + EMAIL);
        api.await(WAIT, a -> staffTexts().stream().anyMatch(t -> t.contains("Atau kirim ke [EMAIL]")), "held relay");

        // The group gives the chat back; asked again, a console account takes it and answers from the console.
        api.sendCallbackFrom(STAFF_CHAT, STAFF, "Ani", "h:b:" + h.id());
        api.await(WAIT, a -> handoffs.openFor("telegram", CITIZEN).isEmpty(), "given back");
        api.sendText(CITIZEN, "/petugas");
        api.await(WAIT, a -> handoffs.openFor("telegram", CITIZEN).isPresent(), "second handoff");
        Handoff second = handoffs.openFor("telegram", CITIZEN).orElseThrow();
        accounts.create("test", "budi", "Budi Petugas", "budi-rahasia-123", EnumSet.of(Role.STAFF));
        var budi = users.loadUserByUsername("budi");
        mvc.perform(post("/konsol/antrean/" + second.id() + "/balas").param("text", "Data " + NIK + " sudah kami cek.")
                .with(csrf()).with(user(budi))).andExpect(status().isFound());
        api.await(WAIT, a -> a.delivered(CITIZEN).stream().anyMatch(c -> c.text().contains("sudah kami cek")), "console reply");
        var ani = budi;

        // A staff member may reveal the original of one redacted message: it is shown once, and audited.
        List<java.util.Map<String, String>> log = handoffs.conversation(h.id());
        int revealable = indexOfRevealable(log);
        assertThat(revealable).as("a redacted citizen message in the log").isNotNegative();
        mvc.perform(post("/konsol/antrean/" + h.id() + "/asli/" + revealable).with(csrf()).with(user(ani)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("original", org.hamcrest.Matchers.containsString(NIK)))
                .andExpect(header().string("Cache-Control", "no-store"));
        assertThat(audit.recent(50, "lihat-asli")).anySatisfy(r -> assertThat(r.subject()).contains(h.id()));
        // Attacks on the reveal: an account without the STAFF role is refused; a message that was not redacted
        // (or does not exist) reveals nothing.
        accounts.create("test", "eko", "Eko Editor", "eko-rahasia-123", EnumSet.of(Role.EDITOR));
        mvc.perform(post("/konsol/antrean/" + h.id() + "/asli/" + revealable).with(csrf())
                .with(user(users.loadUserByUsername("eko")))).andExpect(status().isForbidden());
        mvc.perform(post("/konsol/antrean/" + h.id() + "/asli/999").with(csrf()).with(user(ani)))
                .andExpect(status().isOk()).andExpect(model().attributeDoesNotExist("original"))
                .andExpect(model().attribute("error", org.hamcrest.Matchers.notNullValue()));

        api.await(WAIT, a -> pendingChats() == 0, "every queue drained");
        rewriteRedisFiles();

        List<String> leaks = new ArrayList<>();
        for (Path file : filesUnder(DATA)) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            RAW.stream().filter(content::contains).forEach(v -> leaks.add(DATA.relativize(file) + " holds " + v));
        }
        for (String text : staffTexts()) {
            RAW.stream().filter(text::contains).forEach(v -> leaks.add("staff group message holds " + v));
        }
        for (AuditRecord r : audit.recent(500, null)) {
            String all = r.subject() + " " + r.before() + " " + r.after();
            RAW.stream().filter(all::contains).forEach(v -> leaks.add("audit " + r.action() + " holds " + v));
        }
        RAW.stream().filter(output.getAll()::contains).forEach(v -> leaks.add("the log holds " + v));
        assertThat(leaks).isEmpty();

        // And the pipeline did carry the data where it had to: the AOF exists and holds the redacted relay.
        // (the search sees into Redis's files: the redacted handoff log is there in plain text)
        assertThat(filesUnder(DATA)).anySatisfy(f -> {
            assertThat(f.getFileName().toString()).startsWith("appendonly");
            assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).contains("[NIK]", "[TELEPON]", "[EMAIL]");
        });
        assertThat(audit.recent(50, "antrean.balas")).anySatisfy(r -> assertThat(r.after()).contains("[NIK]"));
    }

    private static int indexOfRevealable(List<java.util.Map<String, String>> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).containsKey("revealable") && "warga".equals(log.get(i).get("who"))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> staffTexts() {
        List<String> texts = new ArrayList<>();
        for (Call c : api.calls()) {
            if (String.valueOf(STAFF_CHAT).equals(c.params().get("chat_id"))) {
                texts.add(String.join(" ", c.params().values()));
            }
        }
        return texts;
    }

    private long pendingChats() {
        Long n = redis.opsForSet().size("sigap:tg:pending");
        return n == null ? 0 : n;
    }

    private void rewriteRedisFiles() throws InterruptedException {
        redis.execute((RedisCallback<Void>) c -> {
            c.serverCommands().bgReWriteAof();
            return null;
        });
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("persistence"));
            if (p != null && "0".equals(p.getProperty("aof_rewrite_in_progress"))
                    && "0".equals(p.getProperty("aof_rewrite_scheduled"))) {
                break;
            }
            Thread.sleep(100);
        }
        redis.execute((RedisCallback<Void>) c -> {
            c.serverCommands().bgSave();
            return null;
        });
        // appendfsync everysec: give the last writes their fsync, and the snapshot its time.
        Thread.sleep(2_000);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
