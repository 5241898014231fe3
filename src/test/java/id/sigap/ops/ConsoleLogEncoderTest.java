package id.sigap.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Console logs: readable by default, ECS JSON with the update's correlation id when asked. */
class ConsoleLogEncoderTest {

    private static String encode(String format) {
        LoggerContext context = new LoggerContext();
        // Spring Boot puts its Environment there when it configures logging.
        context.putObject(org.springframework.core.env.Environment.class.getName(),
                new org.springframework.mock.env.MockEnvironment());
        ConsoleLogEncoder encoder = new ConsoleLogEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{0} [%X{update}] %msg%n");
        encoder.setFormat(format);
        encoder.start();
        Logger logger = context.getLogger("id.sigap.telegram.ChatDispatcher");
        LoggingEvent event = new LoggingEvent("fqcn", logger, Level.WARN, "Sending to chat {} failed", null,
                new Object[]{42L});
        event.setMDCPropertyMap(Map.of("update", "telegram:1001"));
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void writesReadableLinesByDefault() {
        assertThat(encode("")).isEqualTo("WARN  ChatDispatcher [telegram:1001] Sending to chat 42 failed\n");
    }

    @Test
    void writesOneEcsJsonObjectALineWithTheUpdateCorrelationIdWhenAsked() {
        String line = encode("ecs");
        assertThat(line).endsWith("\n");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("Sending to chat 42 failed");
        assertThat(json.path("log").path("level").asString()).isEqualTo("WARN");
        assertThat(line).contains("\"update\":\"telegram:1001\"");
    }
}
