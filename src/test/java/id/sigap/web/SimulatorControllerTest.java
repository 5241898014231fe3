package id.sigap.web;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The web simulator over real HTTP: the page is served and a message runs through the pipeline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorControllerTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", () -> TestDirs.fresh("web").toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/simulator/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSimulatorPage() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("simulator percakapan warga");
    }

    @Test
    void answersAMessageWithTheDecisionBehindIt() throws Exception {
        HttpResponse<String> response = post("{\"text\": \"/help\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcome\":\"COMMAND\"", "command:help", "/petugas");
    }

    @Test
    void refusesAMissingOrHugeTextWithAClearMessage() throws Exception {
        assertThat(post("{}").statusCode()).isEqualTo(400);
        HttpResponse<String> huge = post("{\"text\": \"" + "a".repeat(20_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("terlalu panjang");
    }

    @Test
    void healthIsOpenForMonitoring() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }
}
