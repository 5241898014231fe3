package id.sigap.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher on a real file system: an edit is served without a restart, also through a symbolic link. */
class KnowledgeDirectoryWatcherTest {

    private static final String ENTRY = """
            ---
            id: %s
            title: Entri %s
            status: approved
            source: https://example.go.id/%s
            ---
            Teks jawaban resmi untuk %s.
            """;

    @Test
    void aNewFileInAKnowledgeBaseReachedThroughASymbolicLinkIsServed(@TempDir Path tmp) throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("satu.md"), ENTRY.formatted("satu", "satu", "satu", "satu"));
        Path link = Files.createSymbolicLink(tmp.resolve("knowledge-base"), real);
        KnowledgeSettings settings = new KnowledgeSettings(link, true, Duration.ofMillis(100), null);
        LiveKnowledgeBase knowledge = LiveKnowledgeBase.standalone(settings);
        KnowledgeDirectoryWatcher watcher = new KnowledgeDirectoryWatcher(knowledge, settings);
        assertThat(knowledge.current().entries()).extracting(KnowledgeEntry::id).containsExactly("satu");

        watcher.start();
        try {
            Files.writeString(real.resolve("dua.md"), ENTRY.formatted("dua", "dua", "dua", "dua"));
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (knowledge.current().entry("dua").isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } finally {
            watcher.stop();
        }

        assertThat(knowledge.current().entries()).extracting(KnowledgeEntry::id).containsExactly("dua", "satu");
    }
}
