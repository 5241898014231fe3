package id.sigap.telegram;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the exactly-once surge (bench/exactly-once.sh) on a loaded machine: Telegram (the fake) carried out a
 * sendMessage but answered after more than 10 s, OkHttp's default read timeout; the worker took that as "no
 * answer" and sent the message again, so the citizen got it twice. The sender built as the application builds
 * it must wait for the answer as long as a send may take ({@code send-timeout-ms}), and report it sent.
 */
class SlowTelegramAnswerTest {

    static FakeBotApi api;

    @BeforeAll
    static void start() {
        api = new FakeBotApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aSendThatTelegramAnswersAfterElevenSecondsIsSentOnceAndReportedSent() {
        TelegramSettings settings = new TelegramSettings(FakeBotApi.TOKEN, api.baseUrl(), null, null, null, 0, 30, 1, 3,
                20, 3, 30_000, 0, false, 30_000, null, 0, null);
        TelegramSender sender = new TelegramConfiguration(settings).telegramSender(settings);
        api.answerSendsAfter(Duration.ofSeconds(11));
        try {
            TelegramSender.SendOutcome outcome = sender.send(OutgoingMessage.message(701, "slow but once", List.of(),
                    null, null, null));
            assertThat(outcome.status()).as(outcome.detail()).isEqualTo(TelegramSender.SendOutcome.Status.SENT);
            assertThat(api.delivered(701)).hasSize(1);
        } finally {
            api.answerSendsAfter(Duration.ZERO);
        }
    }
}
