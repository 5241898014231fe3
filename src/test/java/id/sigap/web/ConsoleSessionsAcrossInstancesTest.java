package id.sigap.web;

import id.sigap.account.ConsoleAccounts;
import id.sigap.account.Role;
import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.SigapCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Sigap instances on one Redis, as behind the bundled load balancer: a console session signed in on
 * one works on the other (CSRF token included), and disabling the account through the other instance
 * ends it on both at the next request.
 */
class ConsoleSessionsAcrossInstancesTest {

    static final FakeBotApi api = new FakeBotApi();
    static SigapCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SigapCluster(api, "polling", Map.of("sigap.console.admin-password", "admin-rahasia-123"));
        cluster.start();
        cluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
        api.close();
    }

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private URI uri(int instance, String path) {
        return URI.create("http://127.0.0.1:" + cluster.instance(instance).getEnvironment().getProperty("local.server.port") + path);
    }

    private HttpResponse<String> get(int instance, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSessionFromOneInstanceWorksOnTheOtherAndDisablingTheAccountThereEndsItEverywhere() throws Exception {
        ConsoleAccounts accountsOnA = cluster.instance(0).getBean(ConsoleAccounts.class);
        ConsoleAccounts accountsOnB = cluster.instance(1).getBean(ConsoleAccounts.class);
        accountsOnA.create("test", "redaktur", "Redaktur", "redaktur-rahasia", EnumSet.of(Role.EDITOR));

        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(get(0, "/konsol/masuk").body());
        assertThat(csrf.find()).isTrue();
        // Signed in on B with the CSRF token A issued: one shared session.
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri(1, "/konsol/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=redaktur&password=redaktur-rahasia&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/konsol");
        assertThat(get(0, "/konsol/kb").statusCode()).isEqualTo(200);
        assertThat(get(1, "/konsol/kb").statusCode()).isEqualTo(200);

        accountsOnB.update("admin", "redaktur", null, EnumSet.of(Role.EDITOR), false);
        assertThat(get(0, "/konsol/kb").statusCode()).isEqualTo(302);
        assertThat(get(1, "/konsol/kb").statusCode()).isEqualTo(302);
    }
}
