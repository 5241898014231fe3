package id.sigap.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Handoff rules ({@code sigap.handoff.*}).
 *
 * @param reannounceAfter          an unclaimed handoff is announced again after this long
 * @param emergencyReannounceAfter the same for emergencies
 * @param escalateAfter            after this long unclaimed, the head of office is mentioned
 * @param emergencyEscalateAfter   the same for emergencies
 * @param headOfOffice             Telegram user id or @username of the head of office, mentioned on escalation
 * @param officeHours              staff hours, e.g. {@code MON-FRI 08:00-16:00}
 * @param zone                     time zone of the office hours
 * @param digestInterval           reminders due are posted together, at most one staff-group message this often
 * @param retention                closed handoffs (chat id, names, log) are deleted this long after closing
 */
@ConfigurationProperties("sigap.handoff")
record HandoffSettings(Duration reannounceAfter, Duration emergencyReannounceAfter, Duration escalateAfter,
                              Duration emergencyEscalateAfter, String headOfOffice, String officeHours, ZoneId zone,
                              Duration digestInterval, Duration retention) {

    public HandoffSettings {
        reannounceAfter = reannounceAfter == null ? Duration.ofMinutes(5) : reannounceAfter;
        emergencyReannounceAfter = emergencyReannounceAfter == null ? Duration.ofMinutes(1) : emergencyReannounceAfter;
        escalateAfter = escalateAfter == null ? Duration.ofMinutes(15) : escalateAfter;
        emergencyEscalateAfter = emergencyEscalateAfter == null ? Duration.ofMinutes(3) : emergencyEscalateAfter;
        officeHours = officeHours == null || officeHours.isBlank() ? "MON-FRI 08:00-16:00" : officeHours;
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        digestInterval = digestInterval == null || digestInterval.isNegative() || digestInterval.isZero()
                ? Duration.ofMinutes(1) : digestInterval;
        retention = retention == null ? Duration.ofDays(90) : retention;
    }

    public OfficeHours hours() {
        return OfficeHours.parse(officeHours, zone);
    }
}
