package id.sigap.retrieval;

import com.sun.net.httpserver.HttpServer;
import id.sigap.knowledge.KnowledgeBaseLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code sigap.retrieval.embedding.provider=openai} the citizen's question leaves the machine to be
 * embedded: it must leave redacted. A fake OpenAI-compatible embeddings server on loopback records what
 * the real LangChain4j client sends.
 */
class RemoteEmbeddingRedactionTest {

    static HttpServer server;
    static final List<String> requests = new CopyOnWriteArrayList<>();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/embeddings", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            JsonNode input = JSON.readTree(body).get("input");
            List<String> texts = new ArrayList<>();
            if (input.isArray()) {
                input.valueStream().forEach(n -> texts.add(n.asString()));
            } else {
                texts.add(input.asString());
            }
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                data.add(Map.of("object", "embedding", "index", i, "embedding", vector(texts.get(i))));
            }
            byte[] out = JSON.writeValueAsBytes(Map.of("object", "list", "data", data, "model", "fake-embed",
                    "usage", Map.of("prompt_tokens", 1, "total_tokens", 1)));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** A deterministic vector from the letters of the text: enough for retrieval to run. */
    private static List<Float> vector(String text) {
        float[] v = new float[16];
        for (char c : text.toCharArray()) {
            v[c % 16] += 1;
        }
        List<Float> out = new ArrayList<>();
        for (float f : v) {
            out.add(f);
        }
        return out;
    }

    @Test
    void theQuestionSentToARemoteEmbeddingServerIsRedacted() {
        RetrievalSettings.Embedding remote = new RetrievalSettings.Embedding("openai", null, null, null,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-key", "fake-embed", null, null);
        HybridKnowledgeRetriever retriever = HybridKnowledgeRetriever.over(
                KnowledgeBaseLoader.load(Path.of("knowledge-base"), LocalDate.of(2026, 11, 25)),
                // The dense side is off by default (no question is embedded at all); on, the question goes out.
                EmbeddingModels.create(remote), RetrievalSettings.defaults().withDenseWeight(0.15));
        requests.clear();

        retriever.retrieve("posko banjir dimana? NIK saya 3171012345678901, hp 0812-3456-7890, "
                + "email budi.santoso@example.com");

        assertThat(requests).isNotEmpty();
        assertThat(String.join("\n", requests)).contains("posko")
                .doesNotContain("3171012345678901", "0812-3456-7890", "081234567890", "budi.santoso", "example.com");
    }
}
