package id.sigap.store;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What makes the embedded Redis trustworthy: one server per directory, a password, owner-only files, liveness. */
class EmbeddedRedisGuardsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void aSecondServerOnTheSameDirectoryIsRefusedAndTheFirstIsNamedForClients() throws Exception {
        Path dir = TestDirs.fresh("redis-one-per-dir");
        java.util.Set<Long> before = redisServerPids();
        try (EmbeddedRedis first = EmbeddedRedis.startWithPassword(dir, 0)) {
            RedisProbe.call(first.port(), first.password(), SECOND, "SET", "antrian", "1");

            assertThatThrownBy(() -> EmbeddedRedis.start(dir, 0))
                    .isInstanceOf(EmbeddedRedis.DirectoryInUse.class)
                    .hasMessageContaining("in use by another Sigap process")
                    .hasMessageNotContaining(first.password());
            assertThat(redisServersStartedSince(before)).hasSize(1);
            RedisOwner owner = EmbeddedRedis.runningIn(dir, SECOND).orElseThrow();
            assertThat(owner.port()).isEqualTo(first.port());
            assertThat(owner.serverPid()).isEqualTo(first.serverPid());
            assertThat(RedisProbe.call(owner.port(), owner.password(), SECOND, "GET", "antrian")).isEqualTo("1");
            assertThat(owner.toString()).doesNotContain(first.password());
        }
        assertThat(EmbeddedRedis.runningIn(dir, Duration.ZERO)).isEmpty();
    }

    @Test
    void theServiceServerRefusesClientsWithoutItsPassword() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.startWithPassword(TestDirs.fresh("redis-password"), 0)) {
            assertThat(redis.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThatThrownBy(() -> RedisProbe.call(redis.port(), "", SECOND, "GET", "x"))
                    .hasMessageContaining("NOAUTH");
            assertThatThrownBy(() -> RedisProbe.call(redis.port(), "tebakan", SECOND, "GET", "x"))
                    .isInstanceOf(IOException.class);
            assertThat(RedisProbe.answers(redis.port(), redis.password(), SECOND)).isTrue();
        }
    }

    @Test
    void thePasswordIsNotOnTheCommandLineThatOtherUsersCanRead() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.startWithPassword(TestDirs.fresh("redis-cmdline"), 0)) {
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(redis.serverPid()), "cmdline"));
            assertThat(cmdline).doesNotContain(redis.password());
        }
    }

    @Test
    void theServerRunsInASessionOfItsOwnSoATerminalsCtrlCReachesOnlyTheJvm() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.start(TestDirs.fresh("redis-session"), 0)) {
            assertThat(session(redis.serverPid())).isNotEqualTo(session(ProcessHandle.current().pid()));
            assertThat(session(redis.serverPid())).isEqualTo(redis.serverPid());
        }
    }

    /** The session id, field 6 of /proc/PID/stat (after the parenthesised command name). */
    private static long session(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
    }

    @Test
    void everyFileTheServerWritesIsOwnerOnly() throws Exception {
        Path dir = TestDirs.fresh("redis-perms");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (EmbeddedRedis redis = EmbeddedRedis.startWithPassword(dir, 0)) {
            RedisProbe.call(redis.port(), redis.password(), SECOND, "SET", "nik", "redacted");
            RedisProbe.call(redis.port(), redis.password(), SECOND, "BGREWRITEAOF");
            Thread.sleep(500);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(p -> !p.equals(dir)).toList();
            assertThat(all).anyMatch(p -> p.getFileName().toString().startsWith("appendonly"));
            for (Path path : all) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertThat(mode).as(path.toString()).endsWith("------");
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledOwnerIsStoppedBeforeTheNextOneStarts() throws Exception {
        Path dir = TestDirs.fresh("redis-orphan");
        java.util.Set<Long> before = redisServerPids();
        EmbeddedRedis killed = EmbeddedRedis.startWithPassword(dir, 0);
        RedisProbe.call(killed.port(), killed.password(), SECOND, "SET", "handoff:1", "waiting");
        ProcessHandle orphan = ProcessHandle.of(killed.serverPid()).orElseThrow();
        killed.abandonForTest();

        try (EmbeddedRedis next = EmbeddedRedis.startWithPassword(dir, 0)) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(redisServersStartedSince(before)).hasSize(1);
            assertThat(RedisProbe.call(next.port(), next.password(), SECOND, "GET", "handoff:1")).isEqualTo("waiting");
        }
    }

    @Test
    void livenessFailsWhenTheServerProcessDies() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.startWithPassword(TestDirs.fresh("redis-dies"), 0)) {
            assertThat(redis.answers()).isTrue();
            ProcessHandle server = ProcessHandle.of(redis.serverPid()).orElseThrow();
            server.destroyForcibly();
            server.onExit().get();

            assertThat(redis.answers()).isFalse();
        }
    }

    @Test
    void aConfiguredBinaryThatIsNotRedisIsRefusedWithItsName() throws Exception {
        Path fake = Files.writeString(TestDirs.fresh("not-redis").resolve("redis-server"), "#!/bin/sh\necho hello\n",
                StandardCharsets.UTF_8);
        fake.toFile().setExecutable(true);
        System.setProperty("sigap.redis-server", fake.toString());
        try {
            assertThatThrownBy(() -> RedisBinary.choose(TestDirs.fresh("unused")))
                    .hasMessageContaining(fake.toString());
        } finally {
            System.clearProperty("sigap.redis-server");
        }
    }

    @Test
    void theBundledFallbackIsARunnableRedisSeven() {
        RedisBinary bundled = RedisBinary.bundled(TestDirs.fresh("redis-bundled"));

        assertThat(RedisBinary.versionOf(bundled.path())).contains(RedisBinary.BUNDLED_VERSION);
        assertThat(bundled.major()).isGreaterThanOrEqualTo(7);
    }

    /** The redis-servers of this machine (those of other test classes in this JVM too). */
    private static java.util.Set<Long> redisServerPids() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("redis")).orElse(false)) // Debian links redis-server to redis-check-rdb
                .map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());
    }

    /** The redis-servers running now that were not running before this test. */
    private static java.util.Set<Long> redisServersStartedSince(java.util.Set<Long> before) {
        java.util.Set<Long> now = new java.util.HashSet<>(redisServerPids());
        now.removeAll(before);
        return now;
    }
}
