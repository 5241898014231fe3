package id.sigap.ops;

import id.sigap.telegram.FakeBotApi;
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

/**
 * The operator's view over real HTTP: Prometheus metrics for traffic, decisions, stages, queues and the
 * staff queue; health groups for readiness (Redis) and liveness.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservabilityTest {

    static final FakeBotApi api = new FakeBotApi();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        api.configure(registry, "ops");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusShowsTrafficDecisionsStagesQueuesAndTheStaffQueue() throws Exception {
        long chat = 8101;
        api.sendText(chat, "/help");
        api.sendText(chat, "/petugas");
        api.await(Duration.ofSeconds(20), a -> a.delivered(chat).size() >= 2, "two replies");

        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(body)
                .contains("sigap_messages_in_total{channel=\"telegram\"")
                .contains("sigap_messages_out_total{channel=\"telegram\",type=\"message\"")
                .contains("sigap_turns_total{channel=\"telegram\",outcome=\"command\"")
                .contains("sigap_turns_total{channel=\"telegram\",outcome=\"handoff\"")
                .contains("sigap_turn_stage_seconds_bucket{stage=\"pipeline\"")
                .contains("sigap_queue_inbox_wait_seconds_count")
                .contains("sigap_queue_outbox_wait_seconds_count")
                .contains("sigap_reply_latency_seconds_bucket")
                .contains("sigap_telegram_pending_chats")
                .contains("sigap_telegram_poller_leader")
                .contains("sigap_handoff_waiting 1.0")
                .contains("sigap_handoff_oldest_age_seconds");
        assertThat(body).doesNotContain("petugas");
    }

    @Test
    void readinessChecksRedisAndLivenessOnlyTheApplication() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        // Anonymous callers (load balancers) get the status only; the components are for console admins
        // (ConsoleSecurityTest checks that an admin sees redis and knowledgeBase).
        assertThat(ready.body()).contains("UP").doesNotContain("redis", "knowledgeBase", "servableEntries");
        HttpResponse<String> live = get("/actuator/health/liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("UP").doesNotContain("redis");
    }
}
