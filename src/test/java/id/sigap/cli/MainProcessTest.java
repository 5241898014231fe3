package id.sigap.cli;

import id.sigap.store.EmbeddedRedis;
import id.sigap.support.TestDirs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The main class in a JVM of its own, as {@code java -jar target/sigap.jar ...} runs it. */
class MainProcessTest {

    private static final Path KB = Path.of("src/test/resources/kb/good").toAbsolutePath();

    @Test
    void anUnknownVerbGetsTheUsageAndStatusTwoAndNeverStartsTheService() {
        Path workingDir = TestDirs.fresh("main-unknown");

        SigapProcess.Result result = SigapProcess.run(workingDir, "", Duration.ofSeconds(60), "caht");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("sigap: unknown verb 'caht'; did you mean chat?").contains("Usage:");
        assertThat(result.err()).doesNotContain("Starting SigapApplication", "Tomcat", "Embedded Redis");
        assertThat(workingDir.resolve("data")).doesNotExist();
    }

    @Test
    void evalWritesOnlyItsSummaryToStdoutAndNoLibraryNoticesAnywhere() {
        Path workingDir = TestDirs.fresh("main-eval");
        Path root = Path.of("").toAbsolutePath();

        SigapProcess.Result result = SigapProcess.run(workingDir, "", Duration.ofMinutes(3), "eval",
                "--kb", root.resolve("src/test/resources/kb/good").toString(),
                "--golden", root.resolve("src/test/resources/eval/golden-tiny.jsonl").toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).singleElement().asString().startsWith("{\"questions\":4");
        // the baseline loads the ONNX tokenizer (its CUDA probe warns without a GPU driver) and Lucene notes the
        // incubating vector module through java.util.logging: both are quieted as in the service
        assertThat(result.err()).doesNotContain("CUDA", "incubator", " INFO ");
    }

    @Test
    void helpGetsTheUsageOnStdoutAndStatusZeroAndNeverStartsTheService() {
        Path workingDir = TestDirs.fresh("main-help");

        SigapProcess.Result result = SigapProcess.run(workingDir, "", Duration.ofSeconds(60), "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage:", "chat", "report");
        assertThat(result.err()).isEmpty();
        assertThat(workingDir.resolve("data")).doesNotExist();
    }

    @Test
    void chatBesideARunningSigapUsesItsRedisAsAClientAndStartsNoSecondServer() throws Exception {
        Path data = TestDirs.fresh("main-chat-beside");
        try (EmbeddedRedis service = EmbeddedRedis.startWithPassword(data.resolve("redis"), 0)) {
            // A second redis-server on this directory cannot start (the directory's lock, EmbeddedRedisGuardsTest;
            // redis-server renames its process, so a process list cannot tell which directory a server serves):
            // what chat wrote must land in the service's Redis, and the directory keeps one append-only file.
            SigapProcess.Result first = SigapProcess.run(data, "posko pengungsian di mana\nterima kasih\n",
                    Duration.ofMinutes(4), "chat", "--data", data.toString(), "--kb", KB.toString());
            SigapProcess.Result again = SigapProcess.run(data, "jam buka posko?\n",
                    Duration.ofMinutes(4), "chat", "--continue", "--data", data.toString(), "--kb", KB.toString());

            assertThat(first.status()).as(first.err()).isZero();
            assertThat(again.status()).as(again.err()).isZero();
            long chat = chatNumber(first.err(), "percakapan baru, nomor (\\d+)");
            assertThat(chatNumber(again.err(), "melanjutkan percakapan nomor (\\d+)")).isEqualTo(chat);
            assertThat(first.out().lines().filter(ChatTexts.TURN_SEPARATOR::equals)).hasSize(1);
            assertThat(first.out().strip()).doesNotEndWith(ChatTexts.TURN_SEPARATOR);
            RedisURI uri = RedisURI.builder().withHost("127.0.0.1").withPort(service.port())
                    .withPassword(service.password().toCharArray()).build();
            RedisClient client = RedisClient.create(uri);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().keys("sigap:conv:*console:" + chat)).isNotEmpty();
                assertThat(connection.sync().lrange("sigap:conv:console:" + chat, 0, -1))
                        .anySatisfy(q -> assertThat(q).contains("posko pengungsian"))
                        .anySatisfy(q -> assertThat(q).contains("jam buka"));
            } finally {
                client.shutdown();
            }
            assertThat(Files.list(data.resolve("redis")).map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.startsWith("appendonly")).hasSize(1);
        }
    }

    private static long chatNumber(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }
}
