package id.sigap.ops;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/: no Docker engine runs on the team's machines, so the compose file is checked by reading it
 * (services, persistence, mounts, environment, volumes) and, where a Docker client with the compose
 * plugin exists, also by {@code docker compose config}.
 */
class DeploymentFilesTest {

    static final Path DOCKER = Path.of("docker");

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static Map<String, Object> compose() throws Exception {
        return map(new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml"))));
    }

    @Test
    void composeRunsSigapWithPersistentRedisTheKnowledgeBaseAndADataVolume() throws Exception {
        Map<String, Object> services = map(compose().get("services"));
        assertThat(services).containsKeys("redis", "sigap", "sigap-2", "lb");

        Map<String, Object> redis = map(services.get("redis"));
        assertThat(redis.get("image")).isEqualTo("redis:7");
        assertThat(String.join(" ", (List<String>) redis.get("command"))).contains("--appendonly yes");
        assertThat((List<String>) redis.get("volumes")).contains("redis-data:/data");

        for (String name : List.of("sigap", "sigap-2")) {
            Map<String, Object> sigap = map(services.get(name));
            assertThat(map(sigap.get("build")).get("dockerfile")).isEqualTo("docker/Dockerfile");
            assertThat(DOCKER.resolve(String.valueOf(map(sigap.get("build")).get("context"))).resolve("docker/Dockerfile"))
                    .exists();
            assertThat(map(map(sigap.get("depends_on")).get("redis")).get("condition")).isEqualTo("service_healthy");
            Map<String, Object> env = map(sigap.get("environment"));
            assertThat(env).containsEntry("REDIS_URL", "redis://redis:6379/0")
                    .containsEntry("SIGAP_DATA_DIR", "/data")
                    .containsEntry("SIGAP_KB_DIR", "/kb")
                    .containsKeys("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "SIGAP_STAFF_CHAT_ID", "SIGAP_STAFF_USER_IDS",
                            "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "SIGAP_TELEGRAM_MODE",
                            "SIGAP_TELEGRAM_WEBHOOK_URL", "SIGAP_TELEGRAM_WEBHOOK_SECRET",
                            "LOGGING_STRUCTURED_FORMAT_CONSOLE");
            List<String> volumes = (List<String>) sigap.get("volumes");
            assertThat(volumes).contains("../knowledge-base:/kb:ro").anyMatch(v -> v.endsWith(":/data"));
            assertThat(DOCKER.resolve("../knowledge-base")).isDirectory();
        }
        assertThat(map(services.get("sigap")).get("profiles")).isNull();
        assertThat((List<String>) map(services.get("sigap-2")).get("profiles")).containsExactly("scale-out");
        assertThat((List<String>) map(services.get("lb")).get("profiles")).containsExactly("scale-out");
    }

    @Test
    void everyNamedVolumeIsDeclaredAndEveryMountedFileExists() throws Exception {
        Map<String, Object> compose = compose();
        Map<String, Object> declared = map(compose.get("volumes"));
        for (Object service : map(compose.get("services")).values()) {
            Object volumes = map(service).get("volumes");
            if (volumes == null) {
                continue;
            }
            for (String volume : (List<String>) volumes) {
                String source = volume.split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(DOCKER.resolve(source)).as(volume).exists();
                } else {
                    assertThat(declared).as("declared volume " + source).containsKey(source);
                }
            }
        }
    }

    @Test
    void theLoadBalancerSpreadsOverBothInstances() throws Exception {
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        Matcher servers = Pattern.compile("server (\\S+):8080").matcher(nginx);
        List<String> upstream = new ArrayList<>();
        while (servers.find()) {
            upstream.add(servers.group(1));
        }
        assertThat(upstream).containsExactly("sigap", "sigap-2");
        assertThat(map(compose().get("services"))).containsKeys(upstream.toArray(String[]::new));
    }

    @Test
    void theImageBuildsInTwoStagesAndRunsAsANonRootUserWithALivenessCheck() throws Exception {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(Pattern.compile("^FROM eclipse-temurin:25-jdk AS build$", Pattern.MULTILINE).matcher(dockerfile).find())
                .isTrue();
        assertThat(Pattern.compile("^FROM eclipse-temurin:25-jre$", Pattern.MULTILINE).matcher(dockerfile).find()).isTrue();
        assertThat(dockerfile)
                .contains("./mvnw -B -q -o package -DskipTests")
                .contains("SIGAP_DATA_DIR=/data", "SIGAP_KB_DIR=/kb")
                .contains("USER sigap:sigap")
                .contains("/actuator/health/liveness")
                .contains("org.springframework.boot.loader.launch.JarLauncher");
        for (String copied : List.of(".mvn", "mvnw", "pom.xml", "src")) {
            assertThat(Path.of(copied)).exists();
        }
    }

    @Test
    void dockerComposeAcceptsTheFileWhereTheComposePluginExists() throws Exception {
        Assumptions.assumeTrue(run(List.of("docker", "compose", "version")) == 0,
                "no docker compose plugin here: the file is checked by the other tests");
        assertThat(run(List.of("docker", "compose", "-f", DOCKER.resolve("compose.yaml").toString(), "--profile",
                "scale-out", "config", "--quiet"))).isZero();
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (Exception e) {
            return -1;
        }
    }
}
