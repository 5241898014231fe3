package id.sigap.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.sigap.SigapApplication;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.QuestionAnswerer;
import id.sigap.conversation.Reply;
import id.sigap.support.TestDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's stop order, end to end: the whole application (real Telegram client against the fake Bot API on
 * loopback, real embedded redis-server on its data directory), a citizen's turn still being answered when the
 * context closes (as SIGTERM closes it). The turn must finish, its reply reach Telegram, its transcript be
 * written, and only then the embedded Redis stop, with no Redis client error or warning logged on the way.
 */
class ShutdownWithTurnInFlightTest {

    static final FakeBotApi api = new FakeBotApi();
    static final CountDownLatch answering = new CountDownLatch(1);
    static final CountDownLatch release = new CountDownLatch(1);
    /** What happened, in order: the reply arriving at the fake, the embedded Redis stopping. */
    static final List<String> order = new CopyOnWriteArrayList<>();

    @AfterAll
    static void closeApi() {
        api.close();
    }

    /** Answers slowly: holds the turn until the test releases it, after the shutdown has begun. */
    @Configuration(proxyBeanMethods = false)
    static class SlowAnswer {
        @Bean
        @Primary
        QuestionAnswerer slowAnswer() {
            return message -> {
                answering.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ConversationResult(List.of(Reply.text("jawaban lambat: " + message.text())),
                        Decision.of(Decision.Outcome.ANSWER, "slow"));
            };
        }
    }

    @Test
    void aTurnInFlightAtShutdownIsAnsweredAndRecordedBeforeTheEmbeddedRedisStops() throws Exception {
        Path data = TestDirs.fresh("shutdown-in-flight");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SigapApplication.class, SlowAnswer.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("skipTestConfigurations",
                        new SigapCluster.SkipTestConfigurations()))
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--sigap.data-dir=" + data,
                        "--sigap.telegram.token=" + FakeBotApi.TOKEN,
                        "--sigap.telegram.api-url=" + api.baseUrl(),
                        "--sigap.telegram.mode=polling",
                        "--sigap.telegram.poll-timeout-seconds=1");
        List<ILoggingEvent> logged = new CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                logged.add(event);
                if (event.getFormattedMessage().matches("Embedded Redis on port \\d+ stopped")) {
                    order.add("redis stopped");
                }
            }
        };
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        long chat = 7301;
        api.listen(call -> {
            // the fake records method names in lower case
            if (call.method().equalsIgnoreCase("sendMessage") && String.valueOf(chat).equals(call.params().get("chat_id"))
                    && call.status() == 200) {
                order.add("reply sent");
            }
        });
        try {
            api.sendText(chat, "kapan posko dibuka");
            assertThat(answering.await(60, TimeUnit.SECONDS)).as("the turn started").isTrue();

            Thread closer = new Thread(context::close, "test-sigterm");
            closer.start();
            // the channel stops taking work first (its stop then waits for the worker); only then is the turn let go
            TelegramChannel channel = context.getBean(TelegramChannel.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (channel.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(channel.isRunning()).as("the shutdown began").isFalse();
            Thread.sleep(500);
            assertThat(order).as("nothing sent or stopped while the turn is still being answered").isEmpty();
            release.countDown();
            closer.join(Duration.ofSeconds(90));
            assertThat(closer.isAlive()).as("the context closed").isFalse();
        } finally {
            release.countDown();
            root.detachAppender(appender);
        }

        assertThat(api.delivered(chat)).hasSize(1);
        assertThat(api.delivered(chat).getFirst().text()).contains("jawaban lambat");
        assertThat(order).containsExactly("reply sent", "redis stopped");
        assertThat(transcriptLines(data)).as("the turn's transcript line, written through Redis first").isPositive();
        assertThat(logged).as("the finished worker is not counted as busy, so the stop does not wait its grace out")
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("chat workers still busy"));
        assertThat(logged)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filteredOn(e -> e.getLoggerName().startsWith("io.lettuce") || e.getLoggerName().contains("redis")
                        || e.getLevel() == Level.ERROR
                        || String.valueOf(e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getClassName())
                        .contains("Redis"))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    private static long transcriptLines(Path data) throws IOException {
        Path dir = data.resolve("transcripts");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long lines = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (Stream<String> content = Files.lines(file)) {
                    lines += content.filter(line -> !line.isBlank()).count();
                }
            }
        }
        return lines;
    }
}
