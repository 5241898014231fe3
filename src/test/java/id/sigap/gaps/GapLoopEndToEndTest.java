package id.sigap.gaps;

import id.sigap.account.ConsoleAccounts;
import id.sigap.account.Role;
import id.sigap.support.TestDirs;
import id.sigap.telegram.FakeBotApi;
import id.sigap.transcript.KnowledgeGaps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop through the fake Bot API and the console over real HTTP, on a real (embedded) Redis: citizens
 * ask what the knowledge base cannot answer, in different words; the gap appears with its count; an editor makes
 * a draft of it; two approvers race to approve it and ask to notify; each asker hears the new answer exactly
 * once (not after /hapus; a blocked bot is recorded, not retried); a new citizen gets the answer directly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GapLoopEndToEndTest {

    static final FakeBotApi api = new FakeBotApi();
    static final Path KB = TestDirs.copyOfSampleKnowledgeBase("gap-loop-kb");
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final AtomicInteger USERS = new AtomicInteger();
    static final String ANSWER = "Festival layang-layang pantai dimulai Sabtu 12 Desember pukul 08.00 di Pantai Sangkara.";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "gap-loop");
        registry.add("sigap.kb-dir", KB::toString);
        registry.add("sigap.console.admin-user", () -> "admin");
        registry.add("sigap.console.admin-password", () -> "admin-rahasia-123");
    }

    @AfterAll
    static void close() {
        api.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ConsoleAccounts accounts;

    @Autowired
    KnowledgeGaps gaps;

    @Autowired
    GapStore store;

    @Test
    void askersOfAGapHearTheApprovedAnswerOnceAndANewAskerGetsItDirectly() throws Exception {
        long a1 = 77001, a2 = 77002, erased = 77003, blocker = 77004, newcomer = 77005;
        List<String> wordings = List.of("kapan festival layang-layang pantai dimulai",
                "festival layang-layang pantai dimulai kapan ya min",
                "festival layang-layang pantai mulai tanggal berapa? NIK saya 3201234567890123",
                "info festival layang-layang pantai kapan mulai");
        long[] askers = {a1, a2, erased, blocker};
        for (int i = 0; i < askers.length; i++) {
            ask(askers[i], wordings.get(i));
        }
        KnowledgeGaps.Gap gap = awaitGap("festival", 4);

        Browser staff = signIn(Role.STAFF);
        String page = staff.get("/konsol/celah");
        String row = page.substring(page.indexOf("id=\"" + gap.id() + "\""));
        assertThat(row).as("four citizens, four questions").contains("<td>4</td>\n      <td>4</td>").contains("[NIK]");
        assertThat(page).doesNotContain("3201234567890123").doesNotContain("Buat draf</button>");

        Browser editor = signIn(Role.EDITOR);
        HttpResponse<String> made = editor.post("/konsol/celah/" + gap.id() + "/draf", Map.of("entri", ""));
        String entry = "celah-" + gap.id().substring(4);
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/konsol/kb/" + entry);
        String edit = editor.get("/konsol/kb/" + entry + "/sunting");
        String questions = unescape(textarea(edit, "questions"));
        assertThat(questions).contains("kapan festival layang-layang pantai dimulai", "info festival layang-layang pantai kapan mulai")
                .doesNotContain("[NIK]", "3201234567890123");
        assertThat(unescape(textarea(edit, "body"))).as("no staff answer: a placeholder to replace").startsWith("(Tulis jawaban resmi");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Jadwal festival layang-layang pantai");
        form.put("status", "approved");
        form.put("questions", questions);
        form.put("source", "https://pariwisata.tirtaraya.go.id/festival-layang-layang");
        form.put("body", ANSWER);
        assertThat(editor.post("/konsol/kb/" + entry + "/sunting", form).statusCode()).isEqualTo(302);

        // One asker deletes their data after the draft was made; another has blocked the bot.
        api.sendText(erased, "/hapus");
        api.await(WAIT, a -> store.origin(entry).map(o -> store.askers(o.id()).size() == 3).orElse(false),
                "the deleted chat gone from the draft's askers");
        api.block(blocker);

        Browser first = signIn(Role.APPROVER);
        Browser second = signIn(Role.APPROVER);
        String review = first.get("/konsol/kb/" + entry);
        second.get("/konsol/kb/" + entry);
        assertThat(review).contains("name=\"beritahu\"").contains(gap.id());
        Matcher version = Pattern.compile("name=\"versi\" value=\"([0-9a-f]+)\"").matcher(review);
        assertThat(version.find()).isTrue();
        Map<String, String> approve = Map.of("versi", version.group(1), "beritahu", "true");
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> first.postQuietly("/konsol/kb/" + entry + "/setujui", approve));
        CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> second.postQuietly("/konsol/kb/" + entry + "/setujui", approve));
        one.join();
        two.join();
        String told = first.get("/konsol/kb/" + entry) + second.get("/konsol/kb/" + entry);
        assertThat(told).as("one approval won").containsOnlyOnce("Disetujui dan diterbitkan sebagai versi");
        // Approving again once published: refused, nothing more sent.
        first.post("/konsol/kb/" + entry + "/setujui", approve);

        api.await(WAIT, a -> store.notices(5).stream().anyMatch(n -> n.origin().entryId().equals(entry) && n.done()), "the notice done");
        GapNotice notice = store.notices(5).stream().filter(n -> n.origin().entryId().equals(entry)).findFirst().orElseThrow();
        assertThat(store.notices(50).stream().filter(n -> n.origin().entryId().equals(entry))).as("one notice").hasSize(1);
        assertThat(notice.receipt()).containsEntry("targeted", 4L).containsEntry("sent", 2L).containsEntry("blocked", 1L)
                .containsEntry("skipped:deleted-data", 1L);
        assertThat(notice.pending()).isZero();
        for (long chat : List.of(a1, a2)) {
            assertThat(api.delivered(chat).stream().filter(c -> c.text().contains(ANSWER))).as("told once: " + chat).hasSize(1);
            assertThat(api.delivered(chat).getLast().text()).contains("Sekarang sudah ada jawaban resminya")
                    .contains("pariwisata.tirtaraya.go.id");
        }
        assertThat(api.delivered(erased).stream().filter(c -> c.text().contains(ANSWER))).as("not after /hapus").isEmpty();
        assertThat(api.calls("sendMessage").stream().filter(c -> String.valueOf(blocker).equals(c.params().get("chat_id"))
                && c.status() == 403)).as("a blocked bot is tried once").hasSize(1);

        String receipts = staff.get("/konsol/celah");
        String receipt = receipts.substring(receipts.indexOf("id=\"" + notice.origin().id() + "\""));
        assertThat(receipt).contains("<td class=\"sasaran\">4</td>", "<td class=\"terkirim\">2</td>", "<td class=\"blokir\">1</td>",
                "deleted-data: 1").doesNotContain(String.valueOf(a1));

        api.sendText(newcomer, "kapan festival layang-layang pantai dimulai");
        api.await(WAIT, a -> a.delivered(newcomer).stream().anyMatch(c -> c.text().contains(ANSWER)), "the newcomer answered directly");
        Thread.sleep(500);
        assertThat(api.delivered(a1).stream().filter(c -> c.text().contains(ANSWER))).as("still once").hasSize(1);
    }

    @Test
    void aClusterOfOneBecomesADraftAndItsOneAskerIsTold() throws Exception {
        long only = 78001;
        ask(only, "syarat ikut lomba perahu naga kecamatan apa saja");
        KnowledgeGaps.Gap gap = awaitGap("perahu naga", 1);
        Browser editor = signIn(Role.EDITOR);
        editor.post("/konsol/celah/" + gap.id() + "/draf", Map.of("entri", ""));
        String entry = "celah-" + gap.id().substring(4);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Syarat lomba perahu naga");
        form.put("questions", unescape(textarea(editor.get("/konsol/kb/" + entry + "/sunting"), "questions")));
        form.put("body", "Peserta lomba perahu naga mendaftar di kantor kecamatan dengan 12 pendayung.");
        editor.post("/konsol/kb/" + entry + "/sunting", form);
        Browser approver = signIn(Role.APPROVER);
        String review = approver.get("/konsol/kb/" + entry);
        Matcher version = Pattern.compile("name=\"versi\" value=\"([0-9a-f]+)\"").matcher(review);
        assertThat(version.find()).isTrue();
        approver.post("/konsol/kb/" + entry + "/setujui", Map.of("versi", version.group(1), "beritahu", "true"));
        api.await(WAIT, a -> a.delivered(only).stream().anyMatch(c -> c.text().contains("12 pendayung")), "the one asker told");
    }

    @Test
    void aGapWhoseCitizensAllDeletedTheirDataIsGoneAndCannotBeDrafted() throws Exception {
        long x = 79001, y = 79002;
        ask(x, "kapan pendaftaran lomba kicau burung walikota");
        ask(y, "pendaftaran lomba kicau burung walikota kapan");
        KnowledgeGaps.Gap gap = awaitGap("kicau", 2);
        api.sendText(x, "/hapus");
        api.sendText(y, "/hapus");
        api.await(WAIT, a -> gaps.find(gap.id(), 7).isEmpty() && gaps.current(7).stream()
                .noneMatch(g -> g.examples().stream().anyMatch(e -> e.contains("kicau"))), "the gap gone");
        Browser editor = signIn(Role.EDITOR);
        HttpResponse<String> r = editor.post("/konsol/celah/" + gap.id() + "/draf", Map.of("entri", ""));
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/konsol/celah");
        assertThat(editor.get("/konsol/celah")).contains("Celah " + gap.id() + " tidak ada lagi");
    }

    /**
     * A citizen asks; when Sigap offers entries to choose from (it is not sure), the citizen answers "none of
     * these", which makes the question a gap at once (an untaken offer would count only after 15 minutes).
     */
    private static void ask(long chat, String question) {
        int before = api.delivered(chat).size();
        api.sendText(chat, question);
        api.await(WAIT, a -> a.delivered(chat).size() > before, "an answer to " + chat);
        String markup = api.delivered(chat).getLast().params().getOrDefault("reply_markup", "");
        Matcher none = Pattern.compile("ch:[a-z0-9]{6}:0").matcher(markup);
        if (none.find()) {
            int offered = api.delivered(chat).size();
            api.sendCallback(chat, none.group());
            api.await(WAIT, a -> a.delivered(chat).size() > offered, "the handoff after none of the choices, " + chat);
        }
    }

    private KnowledgeGaps.Gap awaitGap(String word, int citizens) {
        KnowledgeGaps.Gap[] found = new KnowledgeGaps.Gap[1];
        api.await(WAIT, a -> {
            found[0] = gaps.current(7).stream().filter(g -> g.examples().stream().anyMatch(e -> e.contains(word)))
                    .filter(g -> g.citizens() == citizens).findFirst().orElse(null);
            return found[0] != null;
        }, "a gap about " + word + " of " + citizens + " citizens (now: " + gaps.current(7) + ")");
        return found[0];
    }

    private Browser signIn(Role role) throws Exception {
        String name = role.name().toLowerCase() + "-celah-" + USERS.incrementAndGet();
        String password = name + "-rahasia-panjang";
        accounts.create("test", name, "Pengguna " + name, password, EnumSet.of(role));
        Browser b = new Browser();
        b.get("/konsol/masuk");
        HttpResponse<String> r = b.send("/konsol/masuk", Map.of("username", name, "password", password));
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/konsol");
        // Signing in issues a new CSRF token: read it from a page.
        b.csrf = null;
        b.get("/konsol");
        assertThat(b.csrf).as("a CSRF token after sign-in").isNotNull();
        return b;
    }

    /** One browser: its cookies and its latest CSRF token. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r.body();
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            if (csrf == null) {
                get("/konsol");
            }
            return send(path, form);
        }

        HttpResponse<String> postQuietly(String path, Map<String, String> form) {
            try {
                return post(path, form);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> send(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String textarea(String html, String name) {
        Matcher m = Pattern.compile("<textarea[^>]*name=\"" + name + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("textarea " + name).isTrue();
        return m.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&#10;", "\n").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").strip();
    }

}
