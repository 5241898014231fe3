package id.sigap.web;

import id.sigap.conversation.IncomingMessage;
import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.handoff.StaffMember;
import id.sigap.telegram.FakeBotApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public simulator against a real staff group (fake Bot API over loopback, real Telegram client,
 * real Redis, real HTTP): the review's flood of anonymous handoffs reaches no staff member, SLA
 * reminders ignore trials, a real emergency still reaches staff at once, one visitor cannot read another's
 * staff replies, and each client is rate-limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorTrialTest {

    static final FakeBotApi api = new FakeBotApi();
    static final long STAFF_CHAT = -100700;
    static final long STAFF = 910;
    static final Path DATA = id.sigap.support.TestDirs.fresh("simulator-trial");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "simulator-trial");
        registry.add("sigap.data-dir", DATA::toString);
        registry.add("sigap.staff-chat-id", () -> STAFF_CHAT);
        registry.add("sigap.staff-user-ids", () -> STAFF);
        registry.add("sigap.handoff.office-hours", () -> "MON-SUN 00:00-23:59");
        // Reminders and escalations due within seconds, checked twice a second: had the trials been
        // reminded, the staff group would hear about it during this test.
        registry.add("sigap.handoff.reannounce-after", () -> "1s");
        registry.add("sigap.handoff.emergency-reannounce-after", () -> "1s");
        registry.add("sigap.handoff.escalate-after", () -> "2s");
        registry.add("sigap.handoff.emergency-escalate-after", () -> "2s");
        registry.add("sigap.handoff.sla-check-ms", () -> 500);
        registry.add("sigap.handoff.digest-interval", () -> "1s");
        registry.add("sigap.monitor.min-count", () -> 3);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    HandoffService handoffs;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoHundredAnonymousHandoffsReachNoStaffAndAnEmergencyStillArrivesWithinTenSeconds() throws Exception {
        api.forum(true);
        // 200 visitors (as from 200 addresses behind the proxy), each asking for a person and then
        // writing the same angry text, as the review's flood did.
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                String address = "198.51." + (i / 250) + "." + (i % 250);
                sent.add(pool.submit(() -> {
                    HttpResponse<String> asked = post(address, null, "/petugas");
                    String cookie = cookieOf(asked).orElseThrow();
                    post(address, cookie, "pelayanan kalian penipuan, saya marah sekali, sebarkan!");
                    return asked;
                }));
            }
            for (Future<HttpResponse<String>> f : sent) {
                HttpResponse<String> response = f.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"outcome\":\"HANDOFF\"");
            }
        }
        List<Handoff> trials = handoffs.waiting().stream().filter(HandoffService::trial).toList();
        assertThat(trials).hasSizeGreaterThanOrEqualTo(200);

        // Let the SLA job run several times past every reminder and escalation time.
        Thread.sleep(4000);
        assertThat(api.calls("createForumTopic")).as("no topic for a trial").isEmpty();
        assertThat(api.delivered(STAFF_CHAT)).as("nothing in the staff group").isEmpty();

        long citizen = 8800;
        long start = System.nanoTime();
        api.sendText(citizen, "tolong air udah sepinggang kami kejebak di atap rumah");
        api.await(Duration.ofSeconds(10), a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("DARURAT")),
                "emergency card in the staff group");
        long millis = (api.delivered(STAFF_CHAT).getFirst().atNanos() - start) / 1_000_000;
        System.out.printf("emergency reached the staff group %d ms after 200 simulator handoffs%n", millis);
        assertThat(millis).isLessThan(10_000);
        assertThat(api.delivered(STAFF_CHAT)).allSatisfy(c -> assertThat(c.text()).doesNotContain("penipuan"));
    }

    @Test
    void trialsAreKeptOutOfTranscriptsSoTheyRaiseNoIssueAlert() throws Exception {
        String marker = "hoaks-uji-" + System.nanoTime();
        for (int i = 0; i < 8; i++) {
            post("192.0.2.9" + i, null, "pemerintah bohong soal " + marker + ", kami marah dan kecewa sekali");
        }
        Thread.sleep(1500);
        try (Stream<Path> files = Files.walk(DATA)) {
            List<Path> holding = files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("redis"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains(marker);
                        } catch (Exception e) {
                            return false;
                        }
                    }).toList();
            assertThat(holding).as("files holding the trial text").isEmpty();
        }
        assertThat(api.delivered(STAFF_CHAT)).allSatisfy(c -> assertThat(c.text()).doesNotContain(marker));
    }

    @Test
    void aStaffReplyReachesOnlyTheVisitorHoldingTheSessionCookie() throws Exception {
        HttpResponse<String> asked = post("192.0.2.50", null, "/petugas");
        String cookie = cookieOf(asked).orElseThrow();
        assertThat(cookie).matches("sigap_simulator=[A-Za-z0-9_-]{22}");
        assertThat(asked.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict");
        long chat = handoffs.waiting().stream().filter(HandoffService::trial)
                .max(java.util.Comparator.comparing(Handoff::createdAt)).orElseThrow().chatId();
        Handoff handoff = handoffs.openFor(IncomingMessage.TRIAL_CHANNEL, chat).orElseThrow();
        assertThat(handoffs.reply(handoff.id(), new StaffMember(STAFF, "Sari"), "Rahasia untuk warga ini").ok()).isTrue();

        // Old-style guesses and other visitors get nothing; the holder of the cookie gets the reply once.
        assertThat(get(null, "/api/simulator/messages?session=" + (chat - SimulatorSessions.FIRST_CHAT)).body()).isEqualTo("[]");
        assertThat(get("sigap_simulator=AAAAAAAAAAAAAAAAAAAAAA", "/api/simulator/messages").body()).isEqualTo("[]");
        HttpResponse<String> other = post("192.0.2.51", null, "halo");
        assertThat(get(cookieOf(other).orElseThrow(), "/api/simulator/messages").body()).isEqualTo("[]");
        assertThat(get(cookie, "/api/simulator/messages").body()).contains("Rahasia untuk warga ini");
        assertThat(get(cookie, "/api/simulator/messages").body()).isEqualTo("[]");
    }

    @Test
    void oneClientIsRateLimitedWithoutSlowingAnother() throws Exception {
        String noisy = "192.0.2.200";
        int ok = 0;
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = post(noisy, null, "posko di mana");
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(r.body()).contains("Terlalu banyak");
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                refused++;
            }
        }
        assertThat(ok).isEqualTo(20);
        assertThat(refused).isEqualTo(10);
        assertThat(retryAfter).isNotNull();
        assertThat(post("192.0.2.201", null, "posko di mana").statusCode()).isEqualTo(200);
    }

    @Test
    void aTenMegabytePostIsRefusedWith413BeforeItIsRead() throws Exception {
        String status = RawHttp.postAnnouncing(port, "/api/simulator/messages", "application/json",
                10L * 1024 * 1024, 64 * 1024);
        assertThat(status).startsWith("HTTP/1.1 413");
        // Without a declared length (chunked), reading stops at the limit and the message is not handled;
        // the server answers an error and may close the connection while the client is still sending.
        String huge = "{\"text\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}";
        int chunked;
        try {
            chunked = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/simulator/messages"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2.223")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException closedByServer) {
            chunked = 413;
        }
        assertThat(chunked).isIn(400, 413);
    }

    @Test
    void theSimulatorCookieIsSecureBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> plain = post("192.0.2.60", null, "/start");
        assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/simulator/messages"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2.61")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"/start\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> post(String client, String cookie, String text) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/simulator/messages"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String cookie, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sigap_simulator="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }
}
