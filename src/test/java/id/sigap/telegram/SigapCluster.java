package id.sigap.telegram;

import id.sigap.SigapApplication;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.Decision;
import id.sigap.conversation.QuestionAnswerer;
import id.sigap.conversation.Reply;
import id.sigap.store.EmbeddedRedis;
import id.sigap.support.TestDirs;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Several Sigap instances (Spring contexts in this JVM, each with its own web port, dispatcher, poller
 * and metrics) sharing one real redis-server, against one fake Bot API: what a scale-out deployment
 * looks like, small enough for a test. Redis can be stopped and started again on the same port and
 * directory, and instances can be stopped one by one.
 *
 * <p>Questions are answered by {@link EchoAnswers} ("jawaban: " + the question), so that every reply
 * names the message it answers and losses or duplicates can be counted exactly.
 */
public final class SigapCluster implements AutoCloseable {

    static final String SECRET = "rahasia-cluster-123";
    static final String DATA_KEY = id.sigap.privacy.DataKeys.newKeyBase64();
    private static final java.util.concurrent.ExecutorService DELIVERIES =
            java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    private final FakeBotApi api;
    private final String mode;
    private final Map<String, Object> extra;
    private final Path redisDir = TestDirs.fresh("cluster-redis");
    private final int redisPort;
    private volatile EmbeddedRedis redis;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final List<MeterRegistry> registries = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SigapCluster(FakeBotApi api, String mode, Map<String, Object> extra) {
        this.api = api;
        this.mode = mode;
        this.extra = extra;
        this.redis = EmbeddedRedis.start(redisDir, 0);
        this.redisPort = redis.port();
    }

    /** Starts one more instance; returns its index. */
    public synchronized int start() {
        return startWith(Map.of());
    }

    /** Starts one more instance with some properties of its own over the cluster's; returns its index. */
    public synchronized int startWith(Map<String, Object> own) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", 0);
        props.put("sigap.telegram.token", FakeBotApi.TOKEN);
        props.put("sigap.telegram.api-url", api.baseUrl());
        props.put("sigap.telegram.mode", mode);
        props.put("sigap.telegram.webhook-url", "https://sigap.example.go.id/telegram/webhook");
        props.put("sigap.telegram.webhook-secret", SECRET);
        props.put("sigap.telegram.poll-timeout-seconds", 1);
        props.put("sigap.telegram.sweep-ms", 300);
        props.put("sigap.redis-url", "redis://127.0.0.1:" + redisPort);
        props.put("sigap.data-dir", TestDirs.fresh("cluster-node").toString());
        // Instances sharing one Redis must share the data key, or one cannot open what another queued.
        props.put("sigap.data-key", DATA_KEY);
        props.put("spring.main.banner-mode", "off");
        props.putAll(extra);
        props.putAll(own);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SigapApplication.class, EchoAnswers.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
                // As command-line arguments: they win over application.properties (default properties do not).
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        instances.add(context);
        registries.add(context.getBean(MeterRegistry.class));
        return instances.size() - 1;
    }

    public ConfigurableApplicationContext instance(int i) {
        return instances.get(i);
    }

    int port(int i) {
        return Integer.parseInt(instances.get(i).getEnvironment().getProperty("local.server.port"));
    }

    /** Closes one instance, as a deployment stopping or losing a node does. */
    public void stop(int i) {
        instances.get(i).close();
    }

    public boolean running(int i) {
        return instances.get(i).isActive();
    }

    public int size() {
        return instances.size();
    }

    public void stopRedis() {
        System.err.println("REDIS STOP at " + System.nanoTime() / 1_000_000);
        redis.close();
    }

    public void startRedis() {
        redis = EmbeddedRedis.start(redisDir, redisPort);
        System.err.println("REDIS STARTED at " + System.nanoTime() / 1_000_000);
    }

    int redisPort() {
        return redisPort;
    }

    /** The sum of a counter over every instance, stopped ones included. */
    double count(String name, String... tags) {
        double sum = 0;
        for (MeterRegistry registry : registries) {
            sum += registry.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
        }
        return sum;
    }

    /**
     * Posts an update to instance {@code i}'s webhook as Telegram would, retrying (on another instance when
     * there is one) until one answers 200, like Telegram's own redelivery.
     */
    CompletableFuture<Integer> deliver(int i, String updateJson, Duration giveUpAfter) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        return CompletableFuture.supplyAsync(() -> {
            int attempt = 0;
            while (true) {
                int target = pickLive(i + attempt);
                try {
                    int status = post(target, updateJson);
                    if (status == 200 || System.nanoTime() > deadline) {
                        return status;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        return -1;
                    }
                }
                attempt++;
                try {
                    Thread.sleep(Math.min(1_000, 100L * attempt));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
        }, DELIVERIES);
    }

    int post(int i, String updateJson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(i) + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header(TelegramWebhookController.SECRET_HEADER, SECRET)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(updateJson))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int pickLive(int preferred) {
        for (int k = 0; k < instances.size(); k++) {
            int i = Math.floorMod(preferred + k, instances.size());
            if (instances.get(i).isActive()) {
                return i;
            }
        }
        throw new IllegalStateException("no instance running");
    }

    static String textUpdate(int updateId, long chatId, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d, "text": "%s",
                 "chat": {"id": %d, "type": "private", "first_name": "Warga"},
                 "from": {"id": %d, "is_bot": false, "first_name": "Warga", "language_code": "id"}}}"""
                .formatted(updateId, updateId, System.currentTimeMillis() / 1000, text, chatId, chatId);
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext context : instances) {
            try {
                context.close();
            } catch (RuntimeException ignored) {
                // closing everything regardless
            }
        }
        redis.close();
    }

    /** Answers every question with an echo that names it; a handoff when asked by /petugas (the real flow). */
    @TestConfiguration(proxyBeanMethods = false)
    static class EchoAnswers {
        @Bean
        @Primary
        QuestionAnswerer clusterEcho() {
            return message -> new ConversationResult(List.of(Reply.text("jawaban: " + message.text())),
                    Decision.of(Decision.Outcome.ANSWER, "echo"));
        }
    }

    /**
     * Outside {@code @SpringBootTest} nothing keeps component scanning away from test configurations in
     * the scanned packages (other tests' answerers); this does what Spring Boot's test filter does.
     */
    static final class SkipTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || reader.getClassMetadata().getClassName().endsWith("Test")
                    || reader.getClassMetadata().getClassName().contains("Test$");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkipTestConfigurations;
        }

        @Override
        public int hashCode() {
            return SkipTestConfigurations.class.hashCode();
        }
    }
}
