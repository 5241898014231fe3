package id.sigap.store;

import id.sigap.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.redis.core.RedisCallback;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis Lua scripts kept as resources under {@code lua/}: each has its header and compiles in a real Redis. */
class LuaScriptResourcesTest {

    private static TestRedis redis;

    @BeforeAll
    static void start() {
        redis = TestRedis.start("lua-scripts");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void everyScriptStartsWithACommentAndLoadsIntoARealRedis() throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:lua/**/*.lua");
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(36);
        for (Resource script : scripts) {
            byte[] text = script.getContentAsByteArray();
            assertThat(new String(text, StandardCharsets.UTF_8)).as(script.getFilename()).startsWith("-- ");
            String sha = redis.template().execute((RedisCallback<String>) c -> c.scriptingCommands().scriptLoad(text));
            assertThat(sha).as(script.getFilename()).hasSize(40);
        }
    }
}
