package id.sigap.sentiment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sentiment feature's beans: the offline classifier (remembering its last reading on each thread). */
@Configuration(proxyBeanMethods = false)
class SentimentConfiguration {

    @Bean
    SentimentClassifier sentimentClassifier() {
        return new RememberingClassifier(SentimentClassifier.offline());
    }
}
