package id.sigap.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Drafts made from knowledge gaps and telling the askers ({@code sigap.gaps.*}).
 *
 * @param notifyWindow only citizens who asked this recently (before the approval) are told the new answer
 * @param days         the period of the gaps a draft is made from, in days (as the console page's default)
 * @param attempts     tries of one message on 5xx or network errors before it counts as failed
 */
@ConfigurationProperties("sigap.gaps")
public record GapSettings(Duration notifyWindow, int days, int attempts) {

    public GapSettings {
        notifyWindow = notifyWindow == null || notifyWindow.isNegative() || notifyWindow.isZero()
                ? Duration.ofDays(7) : notifyWindow;
        days = days <= 0 ? 7 : Math.min(days, 366);
        attempts = attempts <= 0 ? 5 : attempts;
    }
}
