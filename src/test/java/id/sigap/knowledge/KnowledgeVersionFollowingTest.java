package id.sigap.knowledge;

import id.sigap.store.RedisSubscription;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with its embedded Redis, the directory not watched and the periodic check an hour away:
 * only the subscription to the announcements can make it reload, from its own disk, when another instance says
 * it serves another version; and that reload is not announced again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class KnowledgeVersionFollowingTest {

    static final Path ROOT = tempDir();
    static final Path KB = ROOT.resolve("kb");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        copy(Path.of("src/test/resources/kb/good"), KB);
        registry.add("sigap.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("sigap.kb-dir", KB::toString);
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.telegram.token", () -> "");
        registry.add("sigap.knowledge.watch", () -> "false");
        registry.add("sigap.knowledge.version-check", () -> "PT1H");
    }

    @Autowired
    LiveKnowledgeBase knowledgeBase;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisSubscription knowledgeVersionSubscription;

    @Test
    void anotherInstancesAnnouncementMakesThisOneReloadFromItsOwnDiskWithoutAnnouncingAgain() throws Exception {
        assertThat(knowledgeVersionSubscription.isRunning()).isTrue();
        String before = knowledgeBase.current().version();
        assertThat(redis.opsForValue().get(RedisKnowledgeVersionBoard.VERSION_KEY)).isEqualTo(before);
        Files.writeString(KB.resolve("air-bersih.md"), """
                ---
                id: air-bersih
                title: Distribusi air bersih untuk warga terdampak
                status: approved
                ---
                Mobil tangki air bersih datang setiap hari pukul 07.00 di setiap posko.
                """);
        Thread.sleep(500);
        assertThat(knowledgeBase.current().version()).as("nothing reloads on its own").isEqualTo(before);

        redis.convertAndSend(RedisKnowledgeVersionBoard.CHANNEL, "version-of-another-instance");

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (knowledgeBase.current().entry("air-bersih").isEmpty()) {
            assertThat(System.nanoTime()).as("not reloaded within 20 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(knowledgeBase.current().version()).isNotEqualTo(before);
        assertThat(redis.opsForValue().get(RedisKnowledgeVersionBoard.VERSION_KEY)).isEqualTo(before);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("sigap-kb-follow");
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
