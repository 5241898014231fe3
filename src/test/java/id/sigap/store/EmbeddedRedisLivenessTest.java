package id.sigap.store;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness follows the embedded redis-server: a dead server means a silent bot, so the probe fails. */
class EmbeddedRedisLivenessTest {

    @Test
    void theLivenessIndicatorGoesDownWhenTheEmbeddedServerDies() throws Exception {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(StoreSettings.class, () -> new StoreSettings("", TestDirs.fresh("liveness"), 0, false));
            context.register(StateStoreConfiguration.class);
            context.refresh();
            HealthIndicator liveness = context.getBean("embeddedRedisHealthIndicator", HealthIndicator.class);
            EmbeddedRedis redis = context.getBean(StateStoreConfiguration.EmbeddedRedisHolder.class).redis();
            assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);

            ProcessHandle server = ProcessHandle.of(redis.serverPid()).orElseThrow();
            server.destroyForcibly();
            server.onExit().get();

            assertThat(liveness.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void withAnExternalRedisTheIndicatorStaysOutOfTheWay() {
        HealthIndicator liveness = new StateStoreConfiguration()
                .embeddedRedisHealthIndicator(new StateStoreConfiguration.EmbeddedRedisHolder(null, null));

        assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);
    }
}
