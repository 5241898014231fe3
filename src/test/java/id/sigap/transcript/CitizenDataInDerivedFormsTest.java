package id.sigap.transcript;

import id.sigap.conversation.ConversationService;
import id.sigap.conversation.IncomingMessage;
import id.sigap.store.Json;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The red team's run (2026-12), as a test: citizens type personal data, disguised or not, into the console chat
 * of the whole application (real pipeline, embedded Redis in a temporary data directory); then the transcripts,
 * every file Redis wrote (its append-only file holds every command, so a value stored and later trimmed is still
 * there), the report and the knowledge gaps are searched for every value in any grouping. Each message once
 * leaked through a form derived from the text before redaction: the normalised question ("andi wijaya@gmail"),
 * the words besides a request for a person ("nik email sari dewi31 com"), a text cut before it was redacted
 * (fifteen digits of sixteen), or a grouping the redactor did not know.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CitizenDataInDerivedFormsTest {

    static final Path DATA = TestDirs.fresh("derived-forms");
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final AtomicLong CHATS = new AtomicLong(31_000);
    static final String FILLER = "saya mau tanya tentang jadwal imunisasi anak di puskesmas dekat rumah. ";

    static final List<String> MESSAGES = List.of(
            "syarat membuat akta kelahiran anak, email saya andi.wijaya@gmail.com",
            "kalau online bisa? email istri saya dewi_lestari77@yahoo.co.id",
            "syarat perpanjangan sim, JOKO.SUSILO@GMAIL.COM",
            "saya mau bicara dengan petugas. nik saya 3271011505900031, hp 081234567031, email sari.dewi31@gmail.com",
            "tolong sambungkan ke petugas, email saya rahma.yuli88@yahoo.co.id dan hp 0812 - 3456 - 7088",
            "cek bansos nik sy 3271 - 0115 - 0590 - 0002",
            "cara urus ktp hilang, nik 3271/0115/0590/0003",
            "cek bansos nik 3271   0115   0590   0004",
            "cek bansos nik 3271\t0115\t0590\t0005",
            "cek bansos nik 3271–0115–0590–0007",
            "cek bansos nik 3271🙏0115🙏0590🙏0008",
            "cara cek bansos, hp 0812 - 3456 - 7004",
            "wa 0812_3456_7005 cara cek bansos",
            "bayar pajak kendaraan pakai kartu 4111 - 1111 - 1111 - 1111 bisa?",
            "cepat tolong, nomor suami 0857/1111/2043",
            "nik dan hp: 3271011505900035081234567035",
            "hp 0062 812 3456 7034 cara cek bansos",
            "cek bansos nik ３２７１０１１５０５９００００６",
            "cara cek bansos, nomor saya ٠٨١٢٣٤٥٦٧٠٦٤",
            "cek bansos nik 327lO115O59OOOO9",
            "email saya siti.aminah02 [at] gmail [dot] com cara daftar bansos",
            "email saya rina03 @ yahoo.co.id cara daftar bansos",
            "jam buka kantor diskominfo? email rudi.hartono at gmail dot com",
            "jam buka kantor diskominfo? email budi.prasetyo2@ gmail.com",
            "hp saya nol delapan satu tiga, dua dua dua dua, tiga tiga empat empat",
            // one number sent in two messages (" || " between them)
            "cek bansos nik sy 3271 0115 || 0590 0009",
            "hp saya || 0812 3456 || 7099",
            // the red team's second round (twenty-fifth session): the rest told with words around it, a name first
            "nik sy 3271 0115 || lanjutannya 0590 0010 ya min",
            "my ID number is 3271 0115 || and the rest is 0590-0011",
            "nik saya 🪪 3271 0115 || 0590 0012 🙏",
            "nik saya: || 3271 0115 0590 0013 gimana cek bansos",
            "nik 3271\u200b0115\u200b0590\u200b0014",
            "nik saya ３２７１ ０１１５ || ０５９０ ００１５",
            // cut to 1,000 (recent messages) and to 4,096 (the pipeline) across a value
            at(990, "3271011505900021 mohon dibantu"),
            at(4088, "3271011505900022 terima kasih"),
            at(4084, "rahmat.hidayat@gmail.com terima kasih"));

    /** Every value above, in any grouping, and any recognisable piece of one. */
    static final List<Pattern> VALUES = Stream.of(
            "\\bwijaya\\b", "lestari77", "joko.?susilo", "dewi31", "yuli88", "aminah02", "rina03", "rudi.?hartono",
            "prasetyo2?\\b", "rahmat.?hidayat",
            "3271\\D{0,8}0115", "0115\\D{0,8}0590", "0590\\D{0,8}00\\d\\d", "327101150590002", "３２７１", "327lO115",
            "0812\\D{0,8}3456", "3456\\D{0,8}70\\d\\d", "81234567", "0857\\D{0,8}1111", "1111\\D{0,8}2043",
            "٠٨١٢", "4111\\D{0,8}1111", "nol delapan satu tiga").map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
            .toList();

    /** A long question with the value starting at {@code position}. */
    static String at(int position, String value) {
        String question = "jadwal imunisasi anak " + FILLER.repeat(position / FILLER.length() + 1);
        return question.substring(0, position - 1) + " " + value;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", DATA::toString);
        registry.add("sigap.handoff.office-hours", () -> "MON-SUN 00:00-23:59");
    }

    @Autowired
    ConversationService conversation;
    @Autowired
    TranscriptRecorder recorder;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void noValueACitizenTypedRestsInAnyFormDerivedFromTheText() throws Exception {
        // So that a plain search sees into every string Redis writes (no LZF, no binary preamble).
        redis.execute((RedisCallback<Void>) c -> {
            c.serverCommands().setConfig("rdbcompression", "no");
            c.serverCommands().setConfig("aof-use-rdb-preamble", "no");
            return null;
        });
        long update = 0;
        for (String message : MESSAGES) {
            long chat = CHATS.incrementAndGet();
            for (String text : message.split(" \\|\\| ")) {
                conversation.handle(IncomingMessage.text("console", ++update, chat, text));
            }
            conversation.handle(IncomingMessage.text("console", ++update, chat, "kalau di kelurahan lain?"));
        }
        assertThat(recorder.awaitIdle(Duration.ofSeconds(20))).as("recorder caught up").isTrue();
        Thread.sleep(1_500); // appendfsync everysec

        List<String> leaks = new ArrayList<>();
        for (Path file : filesUnder(DATA)) {
            search(DATA.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8), leaks);
        }
        LocalDate today = LocalDate.now(ZONE);
        Path report = TestDirs.fresh("derived-forms-report");
        TranscriptReport.write(DATA, today.minusDays(1), today, ZONE, report);
        search("report", Files.readString(report.resolve("index.html")), leaks);
        List<KnowledgeGaps.Gap> gaps = KnowledgeGaps.read(DATA, ZONE, 7, Instant.now());
        search("gaps", Json.MAPPER.writeValueAsString(gaps), leaks);
        assertThat(leaks).isEmpty();

        // The forms are still there, redacted: the normalised question says an address was given.
        String transcripts = Files.readString(DATA.resolve("transcripts").resolve(today + ".jsonl"));
        assertThat(transcripts).contains("[EMAIL]", "[NIK]", "[TELEPON]", "[KARTU]");
        assertThat(gaps).isNotEmpty();
    }

    @Test
    void aDeletedChatsQuestionsLeaveTheAskedMostCountsAndEveryFile() throws Exception {
        // Red team 2026-12: /hapus left sigap:monitoring:asked:<day> as it was, so what a chat asked (and what the
        // redactor had missed in it) stayed in Redis and its files after the chat deleted its data.
        long leaving = CHATS.incrementAndGet();
        long staying = CHATS.incrementAndGet();
        String own = "jadwal posyandu balita rw 07 kelurahan sukamaju kapan";
        String shared = "kapan bansos tahap empat cair di kelurahan kami";
        conversation.handle(IncomingMessage.text("console", 1, leaving, own));
        conversation.handle(IncomingMessage.text("console", 2, leaving, shared));
        conversation.handle(IncomingMessage.text("console", 3, staying, shared));
        String day = "sigap:monitoring:asked:" + LocalDate.now(ZONE);
        assertThat(redis.opsForZSet().score(day, own)).isEqualTo(1.0);
        assertThat(redis.opsForZSet().score(day, shared)).isEqualTo(2.0);

        conversation.handle(IncomingMessage.text("console", 4, leaving, "/hapus"));
        assertThat(recorder.awaitIdle(Duration.ofSeconds(20))).as("recorder caught up").isTrue();

        assertThat(redis.opsForZSet().score(day, own)).isNull();
        assertThat(redis.opsForZSet().score(day, shared)).isEqualTo(1.0);
        rewriteRedisFiles();
        for (Path file : filesUnder(DATA)) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(file.toString())
                    .doesNotContain("posyandu balita rw 07");
        }
    }

    private void rewriteRedisFiles() throws InterruptedException {
        awaitNoRewrite();
        redis.execute((RedisCallback<Void>) c -> {
            c.serverCommands().bgReWriteAof();
            return null;
        });
        awaitNoRewrite();
        Thread.sleep(1_500); // appendfsync everysec
    }

    private void awaitNoRewrite() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Properties p = redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info("persistence"));
            if (p != null && "0".equals(p.getProperty("aof_rewrite_in_progress"))
                    && "0".equals(p.getProperty("aof_rewrite_scheduled"))) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static void search(String where, String content, List<String> leaks) {
        for (Pattern value : VALUES) {
            Matcher m = value.matcher(content);
            if (m.find()) {
                String around = content.substring(Math.max(0, m.start() - 60), Math.min(content.length(), m.end() + 20));
                leaks.add(where + " holds " + value + ": …" + around.replace('\n', ' ') + "…");
            }
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
