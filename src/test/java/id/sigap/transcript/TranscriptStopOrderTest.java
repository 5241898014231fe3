package id.sigap.transcript;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop order at shutdown (higher phases stop first): everything that produces turns stops, and the web
 * server finishes its requests, before the transcript writer drains; the Redis connections close after it.
 */
class TranscriptStopOrderTest {

    @Test
    void theTranscriptWriterStopsAfterTheProducersAndBeforeRedis() {
        assertThat(TranscriptRecorder.PHASE)
                .isLessThan(SmartLifecycle.DEFAULT_PHASE - 100)          // Telegram channel, broadcasts, chat deletions
                .isLessThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE)
                .isGreaterThan(new LettuceConnectionFactory().getPhase());
    }
}
