package id.sigap.store;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateStoreConfigurationTest {

    @Test
    void readsHostPortDatabaseAndCredentialsFromTheUrl() {
        RedisStandaloneConfiguration c = StateStoreConfiguration.fromUrl("redis://sigap:p%40ss@redis.internal:6380/3");
        assertThat(c.getHostName()).isEqualTo("redis.internal");
        assertThat(c.getPort()).isEqualTo(6380);
        assertThat(c.getDatabase()).isEqualTo(3);
        assertThat(c.getUsername()).isEqualTo("sigap");
        assertThat(new String(c.getPassword().get())).isEqualTo("p@ss");
    }

    @Test
    void aPasswordWithoutUserAndDefaultPortWork() {
        RedisStandaloneConfiguration c = StateStoreConfiguration.fromUrl("redis://:rahasia@localhost");
        assertThat(c.getPort()).isEqualTo(6379);
        assertThat(c.getUsername()).isNull();
        assertThat(new String(c.getPassword().get())).isEqualTo("rahasia");
    }

    @Test
    void aMalformedUrlIsRefusedWithTheExpectedShape() {
        assertThatThrownBy(() -> StateStoreConfiguration.fromUrl("localhost:6379"))
                .hasMessageContaining("redis://");
    }
}
