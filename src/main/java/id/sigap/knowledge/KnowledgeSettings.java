package id.sigap.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The knowledge feature's configuration ({@code sigap.knowledge.*}).
 *
 * @param dir          the knowledge-base directory (defaults to {@code sigap.kb-dir}, i.e. {@code SIGAP_KB_DIR})
 * @param watch        re-index when files under {@code dir} change
 * @param debounce     quiet time after the last file change before re-indexing (editors save in bursts)
 * @param versionCheck how often to compare the local version with the one published in Redis
 */
@ConfigurationProperties("sigap.knowledge")
public record KnowledgeSettings(Path dir, Boolean watch, Duration debounce, Duration versionCheck) {

    public KnowledgeSettings {
        if (dir == null) {
            dir = Path.of("knowledge-base");
        }
        if (watch == null) {
            watch = true;
        }
        if (debounce == null) {
            debounce = Duration.ofMillis(500);
        }
        if (versionCheck == null) {
            versionCheck = Duration.ofSeconds(30);
        }
    }
}
