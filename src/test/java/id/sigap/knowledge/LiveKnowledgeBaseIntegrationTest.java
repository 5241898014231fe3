package id.sigap.knowledge;

import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.conversation.IncomingMessage;
import id.sigap.retrieval.KnowledgeRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application with its embedded Redis: live reload, version announcement, per-chat memory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LiveKnowledgeBaseIntegrationTest {

    static final Path ROOT = tempDir();
    static final Path KB = ROOT.resolve("kb");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        copy(Path.of("src/test/resources/kb/good"), KB);
        registry.add("sigap.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("sigap.kb-dir", KB::toString);
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.knowledge.debounce", () -> "PT0.2S");
    }

    @Autowired
    LiveKnowledgeBase knowledgeBase;
    @Autowired
    KnowledgeRetriever retriever;
    @Autowired
    ConversationService conversation;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void answersFromTheKnowledgeBaseAndRemembersTheChatInRedis() {
        ConversationResult result = conversation.handle(IncomingMessage.text("test", 1, 4242, "ktp sy ilang gmn ngurusnya"));

        assertThat(result.decision().outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(result.decision().entryId()).isEqualTo("ktp-hilang");
        assertThat(redis.opsForList().range("sigap:conv:test:4242", 0, -1)).containsExactly("ktp sy ilang gmn ngurusnya");
    }

    @Test
    void aChangedDirectoryIsReindexedWithoutARestartAndTheVersionIsAnnounced() throws IOException {
        String before = knowledgeBase.current().version();
        assertThat(redis.opsForValue().get("sigap:kb:version")).isEqualTo(before);

        Files.createDirectories(KB.resolve("baru"));
        Files.writeString(KB.resolve("baru/air-bersih.md"), """
                ---
                id: air-bersih
                title: Distribusi air bersih untuk warga terdampak
                status: approved
                questions:
                  - mobil tangki air bersih datang jam berapa
                ---
                Mobil tangki air bersih PDAM datang setiap hari pukul 07.00 dan 15.00 di setiap posko.
                """);

        awaitTrue(() -> retriever.retrieve("tangki air bersih dtg jam brp").hits().stream()
                .anyMatch(h -> h.entryId().equals("air-bersih")));
        String after = knowledgeBase.current().version();
        assertThat(after).isNotEqualTo(before);
        assertThat(retriever.retrieve("tangki air bersih").kbVersion()).isEqualTo(after);
        awaitTrue(() -> after.equals(redis.opsForValue().get("sigap:kb:version")));

        Files.delete(KB.resolve("baru/air-bersih.md"));
        awaitTrue(() -> retriever.retrieve("tangki air bersih dtg jam brp").hits().stream()
                .noneMatch(h -> h.entryId().equals("air-bersih")));
    }

    @Test
    void aBrokenFileDoesNotStopServing() throws IOException {
        Files.writeString(KB.resolve("rusak.md"), "---\nid: Rusak!\n");
        KnowledgeBase kb = knowledgeBase.reload();

        assertThat(kb.problems()).isNotEmpty();
        assertThat(kb.entry("ktp-hilang")).isPresent();
        Files.delete(KB.resolve("rusak.md"));
        knowledgeBase.reload();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("sigap-live-kb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
