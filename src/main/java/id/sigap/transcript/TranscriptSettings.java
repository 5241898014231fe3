package id.sigap.transcript;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * How transcripts are kept ({@code sigap.transcript.*}).
 *
 * @param retentionDays   days a transcript is kept in Redis and in the daily JSONL files; older days are deleted
 * @param queueCapacity   turns waiting to be written; when full, new records are dropped (and counted) rather than
 *                        slowing a citizen's turn
 * @param pseudonymSecret secret for the pseudonymous chat ids; blank: one is generated once and kept in Redis
 * @param zone            time zone of the daily partitions and of the report's hours
 */
@ConfigurationProperties("sigap.transcript")
public record TranscriptSettings(@DefaultValue("365") int retentionDays,
                                 @DefaultValue("10000") int queueCapacity,
                                 @DefaultValue("") String pseudonymSecret,
                                 @DefaultValue("Asia/Jakarta") ZoneId zone) {

    public TranscriptSettings {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("sigap.transcript.retention-days must be at least 1");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("sigap.transcript.queue-capacity must be at least 1");
        }
    }
}
