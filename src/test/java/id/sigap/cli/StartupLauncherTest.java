package id.sigap.cli;

import id.sigap.support.TestDirs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up launcher's pure parts: the cache key of a jar and the child's command line. */
class StartupLauncherTest {

    @Test
    void theKeyFollowsTheJarsEntriesNotItsFileName() throws IOException {
        Path dir = TestDirs.fresh("launcher-key");
        Path a = jar(dir.resolve("a.jar"), "isi satu");
        Path sameContent = jar(dir.resolve("b.jar"), "isi satu");
        Path rebuilt = jar(dir.resolve("c.jar"), "isi dua");

        assertThat(StartupLauncher.key(a)).isEqualTo(StartupLauncher.key(sameContent)).hasSize(24);
        assertThat(StartupLauncher.key(rebuilt)).isNotEqualTo(StartupLauncher.key(a));
    }

    @Test
    void aFileThatIsNotAZipIsRefusedSoTheServiceStartsInProcess() throws IOException {
        Path notAJar = TestDirs.fresh("launcher-bad").resolve("x.jar");
        Files.writeString(notAJar, "bukan zip");
        assertThatThrownBy(() -> StartupLauncher.key(notAJar)).isInstanceOf(IOException.class);
    }

    @Test
    void theChildGetsTheParentsOptionsTheCacheAndTheArguments() {
        Path dir = Path.of("/cache/k");
        var withCache = new StartupLauncher.Prepared(dir, dir.resolve("app/application.jar"), dir.resolve("sigap.aot"),
                true, null, null);
        List<String> command = StartupLauncher.command("/jdk/bin/java", withCache, List.of("-Xmx512m", "-Dx=y"), 42,
                new String[] {"--server.port=9090"});

        assertThat(command).startsWith("/jdk/bin/java", "-Xmx512m", "-Dx=y")
                .contains("-XX:AOTCache=/cache/k/sigap.aot", "-Dsigap.launcher.parent=42")
                .endsWith("-jar", "/cache/k/app/application.jar", "--server.port=9090");
        assertThat(command).noneMatch(option -> option.startsWith("-XX:AOTMode"));
    }

    @Test
    void withoutACacheAndWithoutTheTrainingLockTheChildRunsPlain() {
        Path dir = Path.of("/cache/k");
        var busy = new StartupLauncher.Prepared(dir, dir.resolve("app/application.jar"), dir.resolve("sigap.aot"),
                false, null, null);
        assertThat(StartupLauncher.command("java", busy, List.of(), 1, new String[0]))
                .noneMatch(option -> option.startsWith("-XX:AOT"));
    }

    @Test
    void theOptOutIsRead() {
        System.setProperty("sigap.launcher", "off");
        try {
            assertThat(StartupLauncher.switchedOff()).isTrue();
        } finally {
            System.clearProperty("sigap.launcher");
        }
    }

    private static Path jar(Path file, String content) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            JarEntry entry = new JarEntry("isi.txt");
            entry.setTime(1_700_000_000_000L);
            out.putNextEntry(entry);
            OutputStream body = out;
            body.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    @Test
    void theEntryPointDecidesWithoutLoadingTheVerbClasses() throws IOException {
        // the launcher JVM has no start-up cache: loading CommandLineVerbs there costs ~0.35 s of CPU
        // (picocli and Spring classes from the nested jars, bench/README.md)
        try (var in = SigapMain.class.getResourceAsStream("SigapMain.class")) {
            String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            // CommandLineVerbs stays referenced for running a verb, which loads it only then
            assertThat(constants).contains("id/sigap/cli/VerbArguments");
        }
        assertThat(VerbArguments.isCommandLine(new String[]{"--server.port=9090"})).isFalse();
        assertThat(VerbArguments.isCommandLine(new String[]{"chat"})).isTrue();
    }
}
