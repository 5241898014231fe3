package id.sigap.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The public web simulator ({@code sigap.simulator.*}).
 *
 * @param enabled            {@code SIGAP_SIMULATOR_ENABLED}: off, the simulator API answers 503 and runs nothing
 * @param perClientPerMinute messages one client (IP address) may send a minute
 * @param sessionsPerHour    new simulator sessions one client may start an hour (each may open one handoff)
 * @param globalPerMinute    messages all visitors together may send a minute, over all instances
 * @param sessionIdle        a visitor's session is forgotten after this long unused
 */
@ConfigurationProperties("sigap.simulator")
record SimulatorSettings(Boolean enabled, Integer perClientPerMinute, Integer sessionsPerHour, Integer globalPerMinute,
                         Duration sessionIdle) {

    SimulatorSettings {
        enabled = enabled == null || enabled;
        perClientPerMinute = perClientPerMinute == null ? 20 : perClientPerMinute;
        sessionsPerHour = sessionsPerHour == null ? 20 : sessionsPerHour;
        globalPerMinute = globalPerMinute == null ? 600 : globalPerMinute;
        sessionIdle = sessionIdle == null ? Duration.ofHours(2) : sessionIdle;
    }
}
