package id.sigap.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Audit log settings ({@code sigap.audit.*}).
 *
 * @param retention records older than this are deleted (nightly and at start-up)
 */
@ConfigurationProperties("sigap.audit")
record AuditSettings(Duration retention) {

    AuditSettings {
        retention = retention == null ? Duration.ofDays(730) : retention;
    }
}
