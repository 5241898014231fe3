package id.sigap.sentiment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sentiment feature's beans: the offline classifier and the escalation policy. */
@Configuration(proxyBeanMethods = false)
class SentimentConfiguration {

    @Bean
    SentimentClassifier sentimentClassifier() {
        return SentimentClassifier.offline();
    }

    /** Uses the knowledge base's emergency numbers when some feature provides an {@link EmergencyContactSource}. */
    @Bean
    EscalationPolicy escalationPolicy(EscalationSettings settings, ObjectProvider<EmergencyContactSource> contacts) {
        return new EscalationPolicy(settings, contacts.getIfAvailable(EmergencyContactSource::none));
    }
}
