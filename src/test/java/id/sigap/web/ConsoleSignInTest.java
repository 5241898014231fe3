package id.sigap.web;

import id.sigap.account.ConsoleAccount;
import id.sigap.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Sign-in and sessions over real HTTP with sessions in the real Redis: the lockout holds under a burst
 * of concurrent guesses, an anonymous client cannot lock an account for others, every refusal reads the
 * same, and a session ends as soon as its account is disabled, re-roled or reset. Also the headers and
 * limits every console page has (CSP without inline scripts, bounded bodies, private health details).
 */
class ConsoleSignInTest extends ConsoleTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    MockMvc mvc;

    /** One browser: its own cookies, a client address (as a trusted proxy reports it), and its CSRF token. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final String address;
        String csrf;

        Browser(String address) {
            this.address = address;
        }

        Browser open() throws Exception {
            HttpResponse<String> page = get("/konsol/masuk");
            Matcher m = CSRF.matcher(page.body());
            assertThat(m.find()).as("CSRF token on the sign-in page").isTrue();
            csrf = m.group(1);
            return this;
        }

        /** Posts the sign-in form; returns where it redirects. */
        String signIn(String username, String password) throws Exception {
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/konsol/masuk"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return r.headers().firstValue("Location").map(ConsoleSignInTest::pathOf).orElse("status " + r.statusCode());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String pathOf(String location) {
        URI u = URI.create(location);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void sixtyConcurrentWrongGuessesGetAtMostFivePasswordChecksAndTheRightPasswordAfterThemIsRefused() throws Exception {
        ConsoleAccount target = account("sasaran", Role.EDITOR);
        String right = password(target.username());
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            browsers.add(new Browser("198.18.0.1").open());
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(60)) {
            for (int i = 0; i < 60; i++) {
                Browser b = browsers.get(i);
                String guess = "tebakan-" + i;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return b.signIn(target.username(), guess);
                }));
            }
            go.countDown();
            for (Future<String> f : outcomes) {
                assertThat(f.get()).isEqualTo("/konsol/masuk?gagal");
            }
        }
        // Every password check that failed is counted on the account; the rest were refused unchecked.
        int checked = accounts.find(target.username()).orElseThrow().failedAttempts();
        System.out.printf("60 concurrent sign-in attempts: %d password checks%n", checked);
        assertThat(checked).isBetween(1, 5);
        // Locked for this client now, even with the right password, until the lock expires.
        assertThat(new Browser("198.18.0.1").open().signIn(target.username(), right)).isEqualTo("/konsol/masuk?gagal");
        assertThat(accounts.locked(accounts.find(target.username()).orElseThrow())).isTrue();
        // The guesser has not locked the account for anyone else.
        assertThat(new Browser("198.18.0.2").open().signIn(target.username(), right)).isEqualTo("/konsol");
    }

    @Test
    void anonymousGuessesAgainstAdminDoNotLockTheRealAdminOut() throws Exception {
        Browser stranger = new Browser("198.18.1.1").open();
        for (int i = 0; i < 8; i++) {
            assertThat(stranger.signIn("admin", "salah-" + i)).isEqualTo("/konsol/masuk?gagal");
        }
        assertThat(stranger.signIn("admin", ADMIN_PASSWORD)).isEqualTo("/konsol/masuk?gagal");
        assertThat(new Browser("198.18.1.2").open().signIn("admin", ADMIN_PASSWORD)).isEqualTo("/konsol");
    }

    @Test
    void unknownAccountsWrongPasswordsAndDisabledAccountsGetTheSameAnswer() throws Exception {
        ConsoleAccount known = account("dikenal", Role.STAFF);
        ConsoleAccount disabled = account("nonaktif", Role.STAFF);
        accounts.update("admin", disabled.username(), null, disabled.roles(), false);
        Browser b = new Browser("198.18.2.1").open();
        String unknown = b.signIn("tidak-ada-" + known.id(), "apa-saja-123");
        String wrong = b.signIn(known.username(), "apa-saja-123");
        String off = b.signIn(disabled.username(), password(disabled.username()));
        assertThat(List.of(unknown, wrong, off)).containsOnly("/konsol/masuk?gagal");
        // Locks count unknown names as known ones: after the limit both read "gagal" alike, too.
        for (int i = 0; i < 6; i++) {
            b.signIn("tidak-ada-" + known.id(), "x" + i);
        }
        assertThat(b.signIn("tidak-ada-" + known.id(), "x")).isEqualTo(b.signIn(known.username() + "x", "x"));
    }

    @Test
    void disablingReRolingOrResettingAnAccountEndsItsOpenSessionAtTheNextRequest() throws Exception {
        for (String change : List.of("disable", "re-role", "reset")) {
            ConsoleAccount editor = account("sesi", Role.EDITOR);
            Browser b = new Browser("198.18.3.1").open();
            assertThat(b.signIn(editor.username(), password(editor.username()))).isEqualTo("/konsol");
            assertThat(b.get("/konsol/kb").statusCode()).isEqualTo(200);
            assertThat(redis.keys("sigap:console:session:sessions:*")).as("sessions live in Redis").isNotEmpty();
            switch (change) {
                case "disable" -> accounts.update("admin", editor.username(), null, editor.roles(), false);
                case "re-role" -> accounts.update("admin", editor.username(), null, EnumSet.of(Role.STAFF), true);
                default -> accounts.changePassword("admin", editor.username(), "kata-sandi-baru-123");
            }
            HttpResponse<String> next = b.get("/konsol/kb");
            assertThat(next.statusCode()).as(change).isEqualTo(302);
            assertThat(pathOf(next.headers().firstValue("Location").orElseThrow())).as(change).isEqualTo("/konsol/masuk");
            // ...and stays ended: the old session does not come back.
            assertThat(b.get("/konsol").statusCode()).as(change).isEqualTo(302);
        }
    }

    @Test
    void pagesAllowNoInlineScriptAndEveryScriptIsAFile() throws Exception {
        Browser b = new Browser("198.18.4.1");
        for (String path : List.of("/", "/konsol/masuk")) {
            HttpResponse<String> page = b.get(path);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            String scripts = csp.substring(csp.indexOf("script-src"));
            scripts = scripts.substring(0, scripts.indexOf(';'));
            assertThat(scripts).isEqualTo("script-src 'self'");
            Matcher tag = Pattern.compile("<script([^>]*)>").matcher(page.body());
            while (tag.find()) {
                assertThat(tag.group(1)).as(path + " script tag").contains("src=");
            }
        }
    }

    @Test
    void aTenMegabyteSignInPostIsRefusedWith413() throws Exception {
        String status = RawHttp.postAnnouncing(port, "/konsol/masuk", "application/x-www-form-urlencoded",
                10L * 1024 * 1024, 64 * 1024);
        assertThat(status).startsWith("HTTP/1.1 413");
    }

    @Test
    void healthShowsOnlyTheStatusToStrangersAndTheComponentsToAdmins() throws Exception {
        HttpResponse<String> anonymous = new Browser("198.18.5.1").get("/actuator/health/readiness");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("UP").doesNotContain("redis", "knowledgeBase");
        ConsolePrincipal admin = principal(account("pemantau", Role.ADMIN));
        mvc.perform(get("/actuator/health/readiness").with(user(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("knowledgeBase")));
    }
}
