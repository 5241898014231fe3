package id.sigap.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Settings of encryption at rest and deletion ({@code sigap.*}).
 *
 * @param dataKey          the current data key, base64 of 32 bytes ({@code SIGAP_DATA_KEY}); blank: a key
 *                         generated once into {@code SIGAP_DATA_DIR/keys/data.keys}
 * @param dataKeysPrevious earlier keys, base64, that still decrypt what they sealed ({@code SIGAP_DATA_KEYS_PREVIOUS})
 * @param deletion         how deletion jobs are run
 */
@ConfigurationProperties("sigap")
record PrivacySettings(String dataKey, List<String> dataKeysPrevious, Deletion deletion) {

    public PrivacySettings {
        dataKey = dataKey == null ? "" : dataKey.strip();
        dataKeysPrevious = dataKeysPrevious == null ? List.of() : List.copyOf(dataKeysPrevious);
        deletion = deletion == null ? new Deletion(null, null) : deletion;
    }

    /**
     * @param pollEvery how often each instance looks for deletion jobs it has not finished
     * @param keepJobs  how long a finished job stays in the job stream, for instances that were down
     */
    public record Deletion(Duration pollEvery, Duration keepJobs) {
        public Deletion {
            pollEvery = pollEvery == null ? Duration.ofSeconds(5) : pollEvery;
            keepJobs = keepJobs == null ? Duration.ofDays(30) : keepJobs;
        }
    }
}
