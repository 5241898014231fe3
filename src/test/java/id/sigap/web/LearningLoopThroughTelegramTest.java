package id.sigap.web;

import id.sigap.account.ConsoleAccounts;
import id.sigap.account.Role;
import id.sigap.editorial.KnowledgeEditor;
import id.sigap.gaps.GapDrafts;
import id.sigap.gaps.GapNotice;
import id.sigap.handoff.Handoff;
import id.sigap.handoff.HandoffService;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.phrasing.PhrasingReview;
import id.sigap.phrasing.Proposal;
import id.sigap.store.Json;
import id.sigap.store.StoreSettings;
import id.sigap.support.TestDirs;
import id.sigap.telegram.FakeBotApi;
import id.sigap.transcript.KnowledgeGaps;
import id.sigap.transcript.TranscriptReport;
import id.sigap.transcript.TranscriptSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the learning loop through the real Telegram client on a fake Bot API and the console over real HTTP
 * (sign-in, CSRF), on the embedded Redis: citizens tap an offered choice and press 👍, staff press "Pakai saran" in the
 * staff group, and the proposals show on the review page; accepted proposals come back when their draft is thrown
 * away (not those whose citizens all deleted their data) and go once it is approved; citizens asking a new
 * unanswerable question raise the issue alert pointing at its gap, and the notice to them shows in the report with
 * the console's counts. Ordered: the second test approves a change of the entry the first one proposes for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearningLoopThroughTelegramTest {

    static final FakeBotApi api = new FakeBotApi();
    static final Path KB = TestDirs.copyOfSampleKnowledgeBase("learning-loop-kb");
    static final long STAFF_CHAT = -100777;
    static final long STAFF_USER = 9300;
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final AtomicInteger USERS = new AtomicInteger();
    // at confidence 0.45: choices (below 0.2, since the twentieth session, "mau tanya soal jalan" goes to a person)
    private static final String ROAD_QUESTION = "tanya info jalan";
    private static final String TAX_QUESTION = "bayar pajak motor dimana";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "learning-loop");
        registry.add("sigap.kb-dir", KB::toString);
        registry.add("sigap.console.admin-user", () -> "admin");
        registry.add("sigap.console.admin-password", () -> "admin-rahasia-123");
        registry.add("sigap.staff-chat-id", () -> STAFF_CHAT);
        registry.add("sigap.staff-user-ids", () -> String.valueOf(STAFF_USER));
        registry.add("sigap.telegram.group-per-minute", () -> 600);
        registry.add("sigap.handoff.office-hours", () -> "MON-SUN 00:00-23:59");
        registry.add("sigap.monitor.check-interval", () -> "PT1S");
        registry.add("sigap.gaps.receipt-check", () -> "PT1S");
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
    KnowledgeEditor editor;

    @Autowired
    PhrasingReview review;

    @Autowired
    HandoffService handoffs;

    @Autowired
    KnowledgeGaps gaps;

    @Autowired
    GapDrafts gapDrafts;

    @Autowired
    StoreSettings store;

    @Autowired
    TranscriptSettings transcripts;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    // ---- the citizen, through Telegram ----

    /** Sends a text and waits for Sigap's answer; returns that answer. */
    private static FakeBotApi.Call say(long chat, String text) {
        int before = api.delivered(chat).size();
        api.sendText(chat, text);
        api.await(WAIT, a -> a.delivered(chat).size() > before, "an answer to " + chat);
        return api.delivered(chat).getLast();
    }

    /** Presses a button under Sigap's last messages and waits for what follows. */
    private static void press(long chat, String data) {
        int before = api.delivered(chat).size();
        api.sendCallback(chat, data);
        api.await(WAIT, a -> a.delivered(chat).size() > before, "what follows button " + data + " in " + chat);
    }

    /** The buttons of a message: label → callback data. */
    private static Map<String, String> buttons(FakeBotApi.Call message) {
        Map<String, String> out = new LinkedHashMap<>();
        String markup = message.params().get("reply_markup");
        if (markup == null) {
            return out;
        }
        for (JsonNode row : Json.MAPPER.readTree(markup).path("inline_keyboard")) {
            for (JsonNode b : row) {
                out.put(b.path("text").asString(), b.path("callback_data").asString());
            }
        }
        return out;
    }

    private static String button(FakeBotApi.Call message, String labelPart) {
        return buttons(message).entrySet().stream().filter(e -> e.getKey().contains(labelPart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + labelPart + "' in " + buttons(message)));
    }

    private String entryTitled(String title) {
        return editor.overview(null).entries().stream().map(KnowledgeEditor.Listed::entry)
                .filter(e -> e.title().equals(title)).map(KnowledgeEntry::id).findFirst().orElseThrow();
    }

    private Optional<Proposal> proposal(String entry, String textPart) {
        return review.pending().stream().filter(e -> e.entryId().equals(entry)).flatMap(e -> e.proposals().stream())
                .filter(p -> p.text().contains(textPart)).findFirst();
    }

    // ---- the tests ----

    @Test
    @Order(1)
    void aTappedChoiceAThumbsUpAndPakaiSaranInTheStaffGroupProposeQuestionsShownOnTheReviewPage() throws Exception {
        String road = entryTitled("Jalan yang ditutup dan jalur pengalihan akibat banjir");
        String lamp = entryTitled("Melaporkan lampu penerangan jalan umum yang mati");

        // A citizen is offered choices and taps one.
        FakeBotApi.Call choices = say(93001, ROAD_QUESTION);
        press(93001, button(choices, "Jalan yang ditutup"));
        api.await(WAIT, a -> proposal(road, ROAD_QUESTION).isPresent(), "the tapped choice proposed");

        // Another is answered and presses 👍.
        FakeBotApi.Call answer = say(93002, TAX_QUESTION);
        String up = buttons(answer).values().stream().filter(d -> d.startsWith("fb:u:")).findFirst()
                .orElseThrow(() -> new AssertionError("no 👍 under " + answer.text()));
        String tax = up.substring("fb:u:".length());
        api.sendCallback(93002, up);
        api.await(WAIT, a -> proposal(tax, TAX_QUESTION).isPresent(), "the 👍 proposed");

        // A third is handed off; staff claim it in the group and press "Pakai saran" for the lamp entry.
        // (A vague question goes to a person at once, the nearest entries attached and suggested to the citizen.)
        say(93003, "mau tanya soal jalan, hp saya 081234567890");
        Handoff handoff = handoffs.openFor("telegram", 93003).orElseThrow();
        int n = handoff.suggestions().indexOf(lamp) + 1;
        assertThat(n).as("suggested: " + handoff.suggestions()).isPositive();
        api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.params().getOrDefault("reply_markup", "")
                .contains("h:s:" + handoff.id() + ":" + n)), "the card with its suggestion buttons");
        api.sendCallbackFrom(STAFF_CHAT, STAFF_USER, "Ani", "h:c:" + handoff.id());
        api.sendCallbackFrom(STAFF_CHAT, STAFF_USER, "Ani", "h:s:" + handoff.id() + ":" + n);
        api.await(WAIT, a -> proposal(lamp, "[TELEPON]").isPresent(), "the suggestion staff sent proposed");
        api.await(WAIT, a -> a.delivered(93003).stream().anyMatch(c -> c.text().toLowerCase().contains("lampu")),
                "the citizen received the suggested entry");

        Browser writer = signIn(Role.EDITOR);
        String page = writer.get("/konsol/kb/usulan");
        assertThat(page).contains(ROAD_QUESTION, TAX_QUESTION, "mau tanya soal jalan, hp saya [TELEPON]",
                        "memilih dari pilihan jawaban", "menekan 👍", "petugas memakai saran")
                .doesNotContain("081234567890");
    }

    @Test
    @Order(2)
    void acceptedProposalsComeBackWhenTheirDraftIsThrownAwayAndGoOnceItIsApproved() throws Exception {
        String road = entryTitled("Jalan yang ditutup dan jalur pengalihan akibat banjir");
        Proposal tapped = proposal(road, ROAD_QUESTION).orElseThrow();
        Browser writer = signIn(Role.EDITOR);
        String ref = road + "/" + tapped.id();
        String after = writer.submit("/konsol/kb/usulan", Map.of("aksi", "terima", "pilih", ref, "teks-" + ref, ROAD_QUESTION));
        assertThat(after).contains("1 rumusan ditambahkan ke draf 1 entri");
        assertThat(writer.get("/konsol/kb/usulan")).as("out of the list while in the draft")
                .doesNotContain("value=\"" + ROAD_QUESTION + "\"");
        assertThat(editor.draft(road)).isPresent();

        // The draft is thrown away: the proposal is back, marked.
        String discarded = writer.submit("/konsol/kb/" + road + "/buang", Map.of());
        assertThat(discarded).contains("Draf dibuang.", "1 usulan rumusan yang diterima ke draf ini kembali ke daftar usulan");
        assertThat(editor.draft(road)).isEmpty();
        String list = writer.get("/konsol/kb/usulan");
        assertThat(list).contains("value=\"" + ROAD_QUESTION + "\"", "Diterima ke draf yang kemudian dibuang");
        assertThat(proposal(road, ROAD_QUESTION).orElseThrow().returnedAt()).isNotNull();

        // A proposal whose only citizen deleted their data meanwhile does not come back.
        Proposal thumbs = review.pending().stream().flatMap(e -> e.proposals().stream())
                .filter(p -> p.text().equals(TAX_QUESTION)).findFirst().orElseThrow();
        String taxRef = thumbs.entryId() + "/" + thumbs.id();
        writer.submit("/konsol/kb/usulan", Map.of("aksi", "terima", "pilih", taxRef, "teks-" + taxRef, TAX_QUESTION));
        api.sendText(93002, "/hapus");
        api.await(WAIT, a -> !Boolean.TRUE.equals(redis.hasKey("sigap:phrasing:chat:telegram:93002")),
                "the chat's share of its proposals deleted");
        String gone = writer.submit("/konsol/kb/" + thumbs.entryId() + "/buang", Map.of());
        assertThat(gone).contains("Draf dibuang.").doesNotContain("kembali ke daftar usulan");
        assertThat(writer.get("/konsol/kb/usulan")).doesNotContain(TAX_QUESTION);

        // Accepted again and approved by a second person: it is a phrasing of the entry now, and no proposal.
        writer.submit("/konsol/kb/usulan", Map.of("aksi", "terima", "pilih", ref, "teks-" + ref, ROAD_QUESTION));
        Browser approver = signIn(Role.APPROVER);
        String fingerprint = editor.draft(road).orElseThrow().fingerprint();
        assertThat(approver.submit("/konsol/kb/" + road + "/setujui", Map.of("versi", fingerprint))).contains("diterbitkan");
        assertThat(proposal(road, ROAD_QUESTION)).isEmpty();
        assertThat(review.draftDiscarded(road)).as("nothing left to come back after the approval").isZero();
        assertThat(proposal(road, ROAD_QUESTION)).isEmpty();
        FakeBotApi.Call direct = say(93004, ROAD_QUESTION);
        assertThat(buttons(direct).values()).as("answered directly now").anyMatch(d -> d.startsWith("fb:u:" + road));
    }

    @Test
    @Order(3)
    void aNewGapAskedByCitizensWithinMinutesRaisesTheAlertAndItsNoticeShowsInTheReportWithTheConsolesCounts() throws Exception {
        long[] askers = {94001, 94002, 94003, 94004};
        List<String> wordings = List.of("kapan festival layang-layang pantai dimulai",
                "festival layang-layang pantai dimulai kapan ya min",
                "festival layang-layang pantai mulai tanggal berapa? NIK saya 3201234567890123",
                "info festival layang-layang pantai kapan mulai");
        for (int i = 0; i < askers.length; i++) {
            ask(askers[i], wordings.get(i));
        }
        KnowledgeGaps.Gap[] found = new KnowledgeGaps.Gap[1];
        api.await(WAIT, a -> {
            found[0] = gaps.current(7).stream().filter(g -> g.citizens() == 4
                    && g.examples().stream().anyMatch(e -> e.contains("festival"))).findFirst().orElse(null);
            return found[0] != null;
        }, "the gap of four citizens (now " + gaps.current(7) + ")");
        KnowledgeGaps.Gap gap = found[0];

        // The issue alert in the staff group points at the gap.
        api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("/konsol/celah#" + gap.id())),
                "the alert naming " + gap.id());
        List<FakeBotApi.Call> alerts = api.delivered(STAFF_CHAT).stream()
                .filter(c -> c.text().contains("celah pengetahuan baru melonjak")).toList();
        assertThat(alerts).singleElement().satisfies(c -> assertThat(c.text()).contains("festival layang-layang"));
        Thread.sleep(2_500);
        assertThat(api.delivered(STAFF_CHAT).stream().filter(c -> c.text().contains("celah pengetahuan baru melonjak")))
                .as("once, though the check runs every second").hasSize(1);

        // A draft of it, approved with notice; one asker deleted their data before.
        Browser writer = signIn(Role.EDITOR);
        writer.post("/konsol/celah/" + gap.id() + "/draf", Map.of("entri", ""));
        String entry = "celah-" + gap.id().substring(4);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Jadwal festival layang-layang pantai");
        form.put("status", "approved");
        form.put("questions", String.join("\n", wordings));
        form.put("source", "https://pariwisata.tirtaraya.go.id/festival-layang-layang");
        form.put("body", "Festival layang-layang pantai dimulai Sabtu pukul 08.00 di Pantai Sangkara.");
        assertThat(writer.post("/konsol/kb/" + entry + "/sunting", form).statusCode()).isEqualTo(302);
        api.sendText(askers[3], "/hapus");
        api.await(WAIT, a -> gapDrafts.pending(entry).map(p -> p.askers() == 3).orElse(false), "the deleted asker gone");
        Browser approver = signIn(Role.APPROVER);
        String fingerprint = editor.draft(entry).orElseThrow().fingerprint();
        approver.submit("/konsol/kb/" + entry + "/setujui", Map.of("versi", fingerprint, "beritahu", "true"));
        api.await(WAIT, a -> gapDrafts.notices(5).stream().anyMatch(n -> n.origin().entryId().equals(entry) && n.done()),
                "the notice done");
        GapNotice notice = gapDrafts.notices(5).stream().filter(n -> n.origin().entryId().equals(entry)).findFirst().orElseThrow();
        assertThat(notice.receipt()).containsEntry("targeted", 4L).containsEntry("sent", 3L).containsEntry("skipped:deleted-data", 1L);
        String console = writer.get("/konsol/celah");
        console = console.substring(console.indexOf("id=\"" + notice.origin().id() + "\""));
        assertThat(console).contains("<td class=\"sasaran\">4</td>", "<td class=\"terkirim\">3</td>", "deleted-data: 1");

        // The report of the period: the same notice, its approver and counts, finished.
        LocalDate today = LocalDate.now(transcripts.zone());
        Path out = Files.createTempDirectory("learning-loop-report");
        String[] report = new String[1];
        api.await(WAIT, a -> {
            TranscriptReport.write(store.dataDir(), today.minusDays(1), today, transcripts.zone(), out);
            try {
                report[0] = Files.readString(out.resolve("index.html"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return report[0].contains("id=\"pemberitahuan-celah\"") && report[0].contains("<td>selesai</td>");
        }, "the finished notice in the report");
        String row = report[0].substring(report[0].indexOf("<td>" + entry + "</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Jadwal festival layang-layang pantai", "<td>" + approver.name + "</td>",
                "<td class=\"num\">4</td><td class=\"num\">3</td><td class=\"num\">0</td><td>1 (deleted-data: 1)</td>"
                        + "<td class=\"num\">0</td><td class=\"num\">0</td><td>selesai</td>");
        assertThat(report[0]).doesNotContain(String.valueOf(askers[0])).doesNotContain("3201234567890123");
    }

    /** Asks; when Sigap offers choices, answers "none of these", which makes the question a gap at once. */
    private static void ask(long chat, String question) {
        FakeBotApi.Call reply = say(chat, question);
        Matcher none = Pattern.compile("ch:[a-z0-9]{6}:0").matcher(reply.params().getOrDefault("reply_markup", ""));
        if (none.find()) {
            press(chat, none.group());
        }
    }

    // ---- the console, over HTTP ----

    private Browser signIn(Role role) throws Exception {
        String name = role.name().toLowerCase() + "-celah-" + USERS.incrementAndGet();
        String password = name + "-rahasia-panjang";
        accounts.create("test", name, "Pengguna " + name, password, EnumSet.of(role));
        Browser b = new Browser(name);
        b.get("/konsol/masuk");
        HttpResponse<String> r = b.send("/konsol/masuk", Map.of("username", name, "password", password));
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/konsol");
        b.csrf = null;
        b.get("/konsol");
        assertThat(b.csrf).as("a CSRF token after sign-in").isNotNull();
        return b;
    }

    /** One browser: its cookies and its latest CSRF token. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final String name;
        String csrf;

        Browser(String name) {
            this.name = name;
        }

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

        /** Posts a form, follows the redirect and returns that page (with its flash message). */
        String submit(String path, Map<String, String> form) throws Exception {
            HttpResponse<String> r = post(path, form);
            if (r.statusCode() != 302) {
                return r.body();
            }
            return get(URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath());
        }

        HttpResponse<String> send(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrf);
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
}
