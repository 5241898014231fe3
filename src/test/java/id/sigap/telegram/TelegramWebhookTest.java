package id.sigap.telegram;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode over real HTTP: secret checked, update recorded once, reply sent through the fake Bot API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookTest {

    static final FakeBotApi api = new FakeBotApi();
    static final String SECRET = "rahasia-webhook-123";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("sigap.telegram.api-url", api::baseUrl);
        registry.add("sigap.telegram.mode", () -> "webhook");
        registry.add("sigap.telegram.webhook-url", () -> "https://sigap.example.go.id/telegram/webhook");
        registry.add("sigap.telegram.webhook-secret", () -> SECRET);
        registry.add("sigap.telegram.sweep-ms", () -> 300);
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", () -> TestDirs.fresh("webhook").toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String update(int id, long chat, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1, "text": "%s",
                 "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "Warga"}}}"""
                .formatted(id, id, text, chat, chat);
    }

    @Test
    void registersTheWebhookWithItsSecret() {
        api.await(Duration.ofSeconds(10), a -> !a.calls("setWebhook").isEmpty(), "setWebhook");
        assertThat(api.calls("setWebhook").getFirst().params())
                .containsEntry("secret_token", SECRET)
                .containsEntry("url", "https://sigap.example.go.id/telegram/webhook");
        assertThat(api.calls("getUpdates")).isEmpty();
    }

    @Test
    void refusesDeliveriesWithoutTheRightSecret() throws Exception {
        assertThat(post(null, update(1, 7001, "halo"))).isEqualTo(401);
        assertThat(post("salah", update(2, 7001, "halo"))).isEqualTo(401);
        Thread.sleep(500);
        assertThat(api.delivered(7001)).isEmpty();
    }

    @Test
    void refusesMalformedBodies() throws Exception {
        assertThat(post(SECRET, "{bukan json")).isEqualTo(400);
        assertThat(post(SECRET, "{}")).isEqualTo(400);
    }

    @Test
    void aRetriedDeliveryIsAnsweredOnce() throws Exception {
        assertThat(post(SECRET, update(50, 7002, "/help"))).isEqualTo(200);
        assertThat(post(SECRET, update(50, 7002, "/help"))).isEqualTo(200);
        api.await(Duration.ofSeconds(10), a -> a.delivered(7002).size() == 1, "reply");
        Thread.sleep(800);
        assertThat(api.delivered(7002)).hasSize(1);
        assertThat(api.delivered(7002).getFirst().text()).contains("/petugas");
    }
}
