package id.sigap.faults;

import com.sun.net.httpserver.HttpServer;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.LiveKnowledgeBase;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts going bad under a running Sigap: the LLM server timing out or failing (the citizen still gets
 * the approved extractive answer at once) and a corrupt knowledge-base file published (skipped with
 * its file and line; the rest keeps serving).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DegradedPartsTest {

    static final Path KB = copyOfFixture();
    static final AtomicInteger llmMode = new AtomicInteger(); // 0: hang, 1: HTTP 500
    static final AtomicInteger llmCalls = new AtomicInteger();
    static final HttpServer llm = brokenLlm();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.kb-dir", KB::toString);
        registry.add("sigap.data-dir", () -> TestDirs.fresh("faults").toString());
        registry.add("sigap.openai.api-key", () -> "test-key");
        registry.add("sigap.openai.base-url", () -> "http://127.0.0.1:" + llm.getAddress().getPort() + "/v1");
        registry.add("sigap.openai.timeout", () -> "1s");
    }

    @AfterAll
    static void stop() {
        llm.stop(0);
    }

    @Autowired
    ConversationService conversation;

    @Autowired
    LiveKnowledgeBase knowledge;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private ConversationResult ask(long chat, String text) {
        return conversation.handle(IncomingMessage.text("web", System.nanoTime(), chat, text));
    }

    @Test
    void anLlmThatTimesOutOrFailsFallsBackToTheApprovedText() {
        llmMode.set(0);
        int before = llmCalls.get();
        long start = System.nanoTime();
        ConversationResult slow = ask(11, "jam pelayanan kantor dinas kominfo kapan aja");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(llmCalls.get()).isGreaterThan(before);
        assertThat(slow.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(slow.decision().keys()).contains("mode:extractive");
        assertThat(slow.signals().answerMode()).isEqualTo("extractive");
        assertThat(slow.replies().getFirst().title()).containsIgnoringCase("jam pelayanan");
        assertThat(ms).as("the timeout bounds the wait").isLessThan(5_000);

        llmMode.set(1);
        ConversationResult failed = ask(12, "ktp saya hilang gimana ngurusnya");
        assertThat(failed.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(failed.signals().answerMode()).isEqualTo("extractive");
        assertThat(meters.get("sigap.llm.errors").tag("kind", "llm-error").counter().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCorruptFilePublishedAtRunTimeIsSkippedAndTheRestKeepsServing() throws IOException {
        Files.writeString(KB.resolve("rusak.md"), """
                ---
                id: Rusak Sekali
                status: disetujui
                valid_until: 31-12-2026
                ---
                """);
        try {
            KnowledgeBase reloaded = knowledge.reload();
            assertThat(reloaded.problems()).anySatisfy(p -> {
                assertThat(p.file()).endsWith("rusak.md");
                assertThat(p.line()).isPositive();
            });
            assertThat(reloaded.entries()).extracting(e -> e.id()).contains("ktp-hilang", "jam-kantor");
            ConversationResult answer = ask(13, "ktp hilang harus bawa apa");
            assertThat(answer.decision().outcome()).isEqualTo(Outcome.ANSWER);
            assertThat(answer.decision().entryId()).isEqualTo("ktp-hilang");
        } finally {
            Files.deleteIfExists(KB.resolve("rusak.md"));
            knowledge.reload();
        }
    }

    private static Path copyOfFixture() {
        Path target = TestDirs.fresh("faults-kb");
        Path source = Path.of("src/test/resources/kb/good");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** An OpenAI-compatible endpoint that hangs past the timeout, or answers 500. */
    private static HttpServer brokenLlm() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/v1/chat/completions", exchange -> {
                llmCalls.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                if (llmMode.get() == 0) {
                    try {
                        Thread.sleep(4_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = "{\"error\":{\"message\":\"down\"}}".getBytes();
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
