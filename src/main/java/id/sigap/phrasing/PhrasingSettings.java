package id.sigap.phrasing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of proposed phrasings ({@code sigap.phrasings.*}).
 *
 * @param retentionDays days a proposal is kept after it was last seen (and a rejection remembered)
 * @param answerWindow  how long after an answer a 👍 under it still proposes the question that got it
 * @param choiceWindow  how long the question behind an offer of choices is kept for a tap
 */
@ConfigurationProperties("sigap.phrasings")
public record PhrasingSettings(@DefaultValue("90") int retentionDays, @DefaultValue("24h") Duration answerWindow,
                               @DefaultValue("15m") Duration choiceWindow) {

    public PhrasingSettings {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("sigap.phrasings.retention-days must be at least 1");
        }
    }
}
