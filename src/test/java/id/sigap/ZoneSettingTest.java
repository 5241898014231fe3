package id.sigap;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One time-zone setting, {@code sigap.zone} (SIGAP_TIMEZONE), that each feature's own zone follows unless set. */
class ZoneSettingTest {

    private static final String[] FEATURE_ZONES = {"sigap.transcript.zone", "sigap.handoff.zone", "sigap.monitoring.zone"};

    @Test
    void everyFeatureZoneIsJakartaWhenNothingIsSet() throws Exception {
        StandardEnvironment env = environment(Map.of());

        assertThat(env.getProperty("sigap.zone")).isEqualTo("Asia/Jakarta");
        for (String key : FEATURE_ZONES) {
            assertThat(env.getProperty(key)).as(key).isEqualTo("Asia/Jakarta");
        }
    }

    @Test
    void theTimezoneVariableMovesEveryFeatureZone() throws Exception {
        StandardEnvironment env = environment(Map.of("SIGAP_TIMEZONE", "Asia/Makassar"));

        for (String key : FEATURE_ZONES) {
            assertThat(env.getProperty(key)).as(key).isEqualTo("Asia/Makassar");
        }
    }

    @Test
    void aFeaturesOwnZoneStillWinsOverTheCommonOne() throws Exception {
        StandardEnvironment env = environment(Map.of("SIGAP_TIMEZONE", "Asia/Makassar",
                "sigap.handoff.zone", "Asia/Jayapura"));

        assertThat(env.getProperty("sigap.handoff.zone")).isEqualTo("Asia/Jayapura");
        assertThat(env.getProperty("sigap.transcript.zone")).isEqualTo("Asia/Makassar");
    }

    /** application.properties under the given higher-ranked values (as environment variables rank). */
    private static StandardEnvironment environment(Map<String, Object> set) throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource("set", set));
        env.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        return env;
    }
}
