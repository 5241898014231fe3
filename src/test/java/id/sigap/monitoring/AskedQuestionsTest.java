package id.sigap.monitoring;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The asked-most counts of the morning brief on a real redis-server, and a citizen's /hapus taking theirs out. */
class AskedQuestionsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);
    static TestRedis redis;
    AskedQuestions asked;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("asked-questions");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @BeforeEach
    void clean() {
        redis.flush();
        asked = new AskedQuestions(redis.template(), ZONE, Duration.ofDays(30));
    }

    @Test
    void questionsAreCountedRedactedAndNormalised() {
        asked.count("Kapan bansos cair? NIK saya 3271 - 0115 - 0590 - 0002", NOW, "warga-a");
        asked.count("kapan bansos cair? nik saya 3271/0115/0590/0003", NOW, "warga-b");

        assertThat(asked.top(TODAY, 5)).containsExactly(new AskedQuestions.Asked("kapan bansos cair nik saya nik", 2));
        assertThat(redis.template().getExpire(ItemStore.PREFIX + "asked:" + TODAY + ":by:warga-a")).isPositive();
    }

    @Test
    void aDeletionTakesTheAskersQuestionsOutOfEveryDayAndLeavesTheOthers() {
        // Red team 2026-12: /hapus left the chat's questions in sigap:monitoring:asked:<day>, and with them what the
        // redactor had missed.
        Pseudonyms pseudonyms = (channel, id) -> channel + "-" + id; // a unit stand-in for the keyed HMAC
        String rina = PublicPostListener.citizen(pseudonyms, "telegram", 4242);
        asked.count("jadwal posyandu balita rw 07 sukamaju", NOW, rina);
        asked.count("jadwal posyandu balita rw 07 sukamaju", NOW.minus(Duration.ofDays(3)), rina);
        asked.count("kapan bansos cair", NOW, rina);
        asked.count("kapan bansos cair", NOW, rina);
        asked.count("kapan bansos cair", NOW, "warga-lain");
        AskedQuestionsEraser eraser = new AskedQuestionsEraser(asked, pseudonyms, Clock.fixed(NOW, ZoneOffset.UTC));

        eraser.erase("telegram", 4242);

        assertThat(asked.top(TODAY, 5)).containsExactly(new AskedQuestions.Asked("kapan bansos cair", 1));
        assertThat(asked.top(TODAY.minusDays(3), 5)).isEmpty();
        assertThat(redis.template().keys("*" + rina + "*")).isEmpty();
        eraser.erase("telegram", 4242); // a job run again after a crash: nothing left, nothing wrong
        assertThat(asked.top(TODAY, 5)).containsExactly(new AskedQuestions.Asked("kapan bansos cair", 1));
    }
}
