package id.sigap.sentiment;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EscalationSettings.class)
    @Import(SentimentConfiguration.class)
    static class Wiring {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

    @Test
    void escalationSettingsBindFromSigapEscalationProperties() {
        runner.withPropertyValues("sigap.escalation.repeat-count=3", "sigap.escalation.repeat-window=6",
                        "sigap.escalation.low-retrieval-confidence=0.3", "sigap.escalation.emergency-reply=Hubungi 112 sekarang")
                .run(context -> {
                    EscalationSettings settings = context.getBean(EscalationSettings.class);
                    assertThat(settings.repeatCount()).isEqualTo(3);
                    assertThat(settings.repeatWindow()).isEqualTo(6);
                    assertThat(settings.lowRetrievalConfidence()).isEqualTo(0.3);
                    assertThat(settings.emergencyReply()).isEqualTo("Hubungi 112 sekarang");
                    assertThat(context.getBean(SentimentClassifier.class).classify("makasih").sentiment())
                            .isEqualTo(Sentiment.POSITIF);
                });
    }
}
