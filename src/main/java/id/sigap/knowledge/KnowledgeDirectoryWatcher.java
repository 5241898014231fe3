package id.sigap.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Watches the knowledge-base directory and its sub-directories and reloads once changes have been
 * quiet for the debounce time (an editor saving, a git pull or an rsync touch many files at once).
 */
@Component
class KnowledgeDirectoryWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeDirectoryWatcher.class);

    private final LiveKnowledgeBase knowledgeBase;
    private final KnowledgeSettings settings;
    private volatile WatchService watcher;
    private volatile Thread thread;

    KnowledgeDirectoryWatcher(LiveKnowledgeBase knowledgeBase, KnowledgeSettings settings) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!settings.watch() || !Files.isDirectory(settings.dir())) {
            log.info("Not watching the knowledge base ({})", settings.watch() ? settings.dir() + " is not a directory" : "watch off");
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerTree(settings.dir().toRealPath()); // a knowledge base that is a symbolic link is watched where it is
        } catch (IOException e) {
            log.warn("Cannot watch {}: {}; use an explicit reload", settings.dir(), e.getMessage());
            return;
        }
        thread = Thread.ofPlatform().daemon().name("kb-watch").start(this::loop);
    }

    private void loop() {
        long quietNanos = settings.debounce().toNanos();
        boolean pending = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = pending ? watcher.poll(quietNanos, TimeUnit.NANOSECONDS) : watcher.take();
                if (key == null) {
                    pending = false;
                    reload();
                    continue;
                }
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                        registerTree(dir.resolve(name));
                    }
                }
                key.reset();
                pending = true;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Knowledge-base watch stopped: {}", e.getMessage());
        }
    }

    private void reload() {
        try {
            knowledgeBase.reload(ReloadTrigger.FILE_CHANGE);
        } catch (RuntimeException e) {
            log.error("Reload after a file change failed; still serving version {}",
                    knowledgeBase.current().version(), e);
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.debug("Closing the watch service: {}", e.getMessage());
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
