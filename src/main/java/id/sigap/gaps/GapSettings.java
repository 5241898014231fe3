package id.sigap.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Drafts made from knowledge gaps and telling the askers ({@code sigap.gaps.*}).
 *
 * @param notifyWindow only citizens who asked this recently (before the approval) are told the new answer
 * @param days         the period of the gaps a draft is made from, in days (as the console page's default)
 * @param attempts     tries of one message on 5xx or network errors before it counts as failed
 * @param lease        how long an instance's claim on an asker lives without being renewed (its holder renews it
 *                     every third of this while it works); a claim left by a crashed instance is taken over by
 *                     another after this, and its last send attempt is fenced for twice this
 */
@ConfigurationProperties("sigap.gaps")
public record GapSettings(Duration notifyWindow, int days, int attempts, Duration lease) {

    public GapSettings {
        notifyWindow = notifyWindow == null || notifyWindow.isNegative() || notifyWindow.isZero()
                ? Duration.ofDays(7) : notifyWindow;
        days = days <= 0 ? 7 : Math.min(days, 366);
        attempts = attempts <= 0 ? 5 : attempts;
        lease = lease == null || lease.toMillis() < 100 ? Duration.ofSeconds(30) : lease;
    }

    /** An attempt mark lives twice the lease: a send still in flight when the lease was lost stays fenced. */
    Duration attemptMark() {
        return lease.multipliedBy(2);
    }
}
