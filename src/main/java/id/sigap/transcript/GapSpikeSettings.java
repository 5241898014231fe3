package id.sigap.transcript;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When a new knowledge gap raises the issue alert ({@code sigap.monitor.gap-spike.*}): a gap first seen at most
 * {@code newFor} ago that at least {@code minCitizens} distinct citizens asked within the last {@code window}.
 *
 * @param enabled     whether the check runs (it also needs {@code sigap.monitor.enabled})
 * @param window      the short period the distinct citizens are counted in
 * @param minCitizens the fewest distinct citizens in the window that make an alert (a cluster of one never does)
 * @param newFor      how recently a gap must have been first seen to count as new
 * @param days        the period of gaps looked at, in days (a gap first seen before it is not known to be old)
 */
@ConfigurationProperties("sigap.monitor.gap-spike")
record GapSpikeSettings(@DefaultValue("true") boolean enabled,
                        @DefaultValue("30m") Duration window,
                        @DefaultValue("3") int minCitizens,
                        @DefaultValue("24h") Duration newFor,
                        @DefaultValue("7") int days) {

    GapSpikeSettings {
        if (window.isZero() || window.isNegative() || newFor.isNegative() || minCitizens < 2 || days < 1 || days > 366) {
            throw new IllegalArgumentException("sigap.monitor.gap-spike: window must be positive, min-citizens at least 2,"
                    + " days from 1 to 366");
        }
    }
}
