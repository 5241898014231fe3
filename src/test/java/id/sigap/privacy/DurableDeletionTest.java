package id.sigap.privacy;

import id.sigap.support.TestDirs;
import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.SigapCluster;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /hapus} through the real application: the deletion is recorded in Redis, the instance stops before
 * carrying it out (as a crash would leave it), and the instance started again on the same data directory
 * finishes it: no Redis key and no transcript line of the chat is left, the open handoff is closed and staff
 * are told. Then a {@code /hapus} through Telegram deletes at once and says so.
 */
class DurableDeletionTest {

    static final long STAFF_CHAT = -100888, CITIZEN = 515151, OTHER = 616161;
    static final Duration WAIT = Duration.ofSeconds(40);
    private static final Pattern NAMED_CHAT = Pattern.compile("\"chat\":\"[^\"]+\"");

    @Test
    void aDeletionLeftByAStoppedInstanceIsFinishedAfterTheRestartAndLeavesNothingOfTheChat() {
        Path data = TestDirs.fresh("durable-deletion");
        try (FakeBotApi api = new FakeBotApi();
             SigapCluster cluster = new SigapCluster(api, "polling", Map.of(
                     "sigap.data-dir", data.toString(),
                     "sigap.staff-chat-id", STAFF_CHAT,
                     "sigap.staff-user-ids", "991",
                     "sigap.telegram.group-per-minute", 600,
                     "sigap.handoff.office-hours", "MON-SUN 00:00-23:59",
                     // The first instance looks for jobs only at start: the job recorded later waits for the restart.
                     "sigap.deletion.poll-every", "1h"))) {
            int first = cluster.start();
            api.sendText(CITIZEN, "posko banjir di mana");
            api.sendText(CITIZEN, "/petugas");
            api.sendText(CITIZEN, "halo, masih menunggu");
            api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("masih menunggu")), "relay");
            StringRedisTemplate redis = cluster.instance(first).getBean(StringRedisTemplate.class);
            awaitTrue(() -> transcriptLinesNamingAChat(data) >= 3, () -> "transcript lines of the chat");
            assertThat(keysOf(redis, CITIZEN)).isNotEmpty();

            cluster.instance(first).getBean(ChatDeletions.class).submit("telegram", CITIZEN);
            assertThat(keysOf(redis, CITIZEN)).as("nothing deleted before the restart").isNotEmpty();
            cluster.stop(first);

            Map<String, Object> again = Map.of("sigap.deletion.poll-every", "300ms");
            int second = cluster.startWith(again);
            StringRedisTemplate after = cluster.instance(second).getBean(StringRedisTemplate.class);
            awaitTrue(() -> keysOf(after, CITIZEN).isEmpty() && transcriptLinesNamingAChat(data) == 0,
                    () -> "every key and transcript line of the chat deleted; left: " + keysOf(after, CITIZEN)
                            + ", lines naming a chat: " + transcriptLinesNamingAChat(data));
            api.await(WAIT, a -> a.delivered(STAFF_CHAT).stream().anyMatch(c -> c.text().contains("/hapus")
                    && c.text().contains("ditutup")), "staff told the handoff was closed");

            // Through Telegram: deleted at once, and the citizen is told so.
            api.sendText(OTHER, "jam buka posko");
            api.await(WAIT, a -> a.delivered(OTHER).size() == 1, "answer");
            api.sendText(OTHER, "/hapus");
            api.await(WAIT, a -> a.delivered(OTHER).size() == 2, "deletion reply");
            assertThat(api.delivered(OTHER).get(1).text()).contains("sudah kami hapus");
            // Sending that reply took a token from the chat's send-rate bucket (a count and a time, expiring):
            // the one key allowed to name the chat afterwards.
            String bucket = "sigap:tg:rate:chat:" + OTHER;
            awaitTrue(() -> keysOf(after, OTHER).stream().allMatch(bucket::equals),
                    () -> "no key of the second chat; left: " + keysOf(after, OTHER));
            Long ttl = after.getExpire(bucket);
            assertThat(ttl == null || ttl == -2 || (ttl > 0 && ttl <= 600)).as("the bucket expires, ttl " + ttl).isTrue();
        }
    }

    /** Keys naming the chat; short-lived rate buckets expire within seconds, and are waited for. */
    static List<String> keysOf(StringRedisTemplate redis, long chatId) {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match("*" + chatId + "*").count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }

    static long transcriptLinesNamingAChat(Path data) {
        Path dir = data.resolve("transcripts");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            long n = 0;
            for (Path f : files.toList()) {
                n += Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> NAMED_CHAT.matcher(l).find()).count();
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what.get());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
