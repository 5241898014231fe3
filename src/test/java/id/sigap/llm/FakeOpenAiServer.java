package id.sigap.llm;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A fake OpenAI-compatible chat completions server on loopback: answers with a scripted text, an HTTP
 * error, or after a delay; records the request bodies it received.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public volatile String answer = "";
    volatile int status = 200;
    volatile long delayMs;

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body;
            if (status == 200) {
                body = json.writeValueAsBytes(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1,
                        "model", "fake-model", "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                                "message", Map.of("role", "assistant", "content", answer))),
                        "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
            } else {
                body = json.writeValueAsBytes(Map.of("error", Map.of("message", "server error", "type", "server_error")));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
