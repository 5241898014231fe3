package id.sigap.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/** The data keys and the cipher, from {@link PrivacySettings} and the data directory. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    DataKeys dataKeys(PrivacySettings settings, Environment environment) {
        Path dataDir = Path.of(environment.getProperty("sigap.data-dir", "data"));
        String redisUrl = environment.getProperty("sigap.redis-url", "");
        if (settings.dataKey().isEmpty() && !redisUrl.isBlank()) {
            log.warn("SIGAP_DATA_KEY is not set while Redis is shared (REDIS_URL): every instance must use the same "
                    + "data key, or one cannot read what another queued. Set SIGAP_DATA_KEY on all of them.");
        }
        return DataKeys.load(settings, dataDir);
    }

    @Bean
    DataCipher dataCipher(DataKeys keys) {
        return new DataCipher(keys);
    }
}
