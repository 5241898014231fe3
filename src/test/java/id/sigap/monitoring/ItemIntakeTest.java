package id.sigap.monitoring;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake on a real redis-server: what it keeps of a post. */
class ItemIntakeTest {

    static TestRedis redis;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("item-intake");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void aLongPostIsRedactedWholeBeforeItIsCut() {
        // Red team 2026-12: the intake cut a post at maxChars + 40 before redacting it. The addresses redacted early
        // in the post shortened it, so the cut of the redacted text fell past a NIK the raw cut had split: its first
        // digits were kept.
        MonitoringFixture f = new MonitoringFixture(redis, Instant.parse("2026-12-05T03:00:00Z"));
        int max = f.settings.maxItemChars();
        String text = ("kontak warga: " + "warga.sukamaju.rt05@gmail.com, ".repeat(10)
                + "laporan genangan di kota sangkara belum surut. ".repeat(60)).substring(0, max + 40 - 6)
                + " 3271011505900022 selesai";

        Optional<MonitoredItem> item = f.intake.take(new CollectedPost(SourceKind.GROUP, "grup-abc", f.now, null, text,
                "akun-1"));

        assertThat(item).get().extracting(MonitoredItem::text).asString()
                .hasSizeLessThanOrEqualTo(max + 1).contains("[EMAIL]").doesNotContain("@").doesNotContainPattern("\\d{4}");
    }
}
