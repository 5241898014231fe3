package id.sigap.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where Sigap keeps its shared state.
 *
 * @param redisUrl external Redis ({@code redis://[user:password@]host:port[/db]}); blank starts an embedded one
 * @param dataDir  local data: embedded Redis files, exports, indexes
 * @param embeddedPort port of the embedded Redis; 0 picks a free one
 * @param joinRunningRedis when another Sigap process already runs the embedded Redis of {@code dataDir}, connect
 *                         to it as a client instead of failing (the command-line verbs set it; a service does not,
 *                         because its Redis would vanish with the other process)
 */
@ConfigurationProperties("sigap")
public record StoreSettings(String redisUrl, Path dataDir, int embeddedPort, boolean joinRunningRedis) {

    public StoreSettings {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }

    boolean embedded() {
        return redisUrl == null || redisUrl.isBlank();
    }
}
