package id.sigap.sentiment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sentiment feature's beans: the offline classifier. */
@Configuration(proxyBeanMethods = false)
class SentimentConfiguration {

    @Bean
    SentimentClassifier sentimentClassifier() {
        return SentimentClassifier.offline();
    }
}
