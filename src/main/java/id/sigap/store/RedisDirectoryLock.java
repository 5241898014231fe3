package id.sigap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * One process's claim on an embedded-Redis directory: an OS file lock on {@value #FILE}, held for as long
 * as its redis-server runs, so that two redis-servers never share one directory (their append-only files
 * would be merged). The lock goes with the process, even on {@code kill -9}; the file keeps the
 * {@link RedisOwner} record while the server runs.
 */
final class RedisDirectoryLock implements AutoCloseable {

    static final String FILE = "sigap-redis.owner";

    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<RedisOwner> previous;

    private RedisDirectoryLock(FileChannel channel, FileLock lock, Optional<RedisOwner> previous) {
        this.channel = channel;
        this.lock = lock;
        this.previous = previous;
    }

    /** Takes the directory, or returns empty when another process (or another owner in this one) holds it. */
    static Optional<RedisDirectoryLock> tryTake(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(content, 0);
            Optional<RedisOwner> previous = RedisOwner.parse(new String(content.array(), 0, content.position(),
                    StandardCharsets.UTF_8));
            return Optional.of(new RedisDirectoryLock(channel, lock, previous));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not lock " + file, e);
        }
    }

    /** What the holder of a directory recorded, for a process that could not take the lock. */
    static Optional<RedisOwner> readOwner(Path dir) {
        try {
            return RedisOwner.parse(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir.resolve(FILE)
                    + " (it belongs to the user running Sigap on this directory)", e);
        }
    }

    /** The record a previous owner left behind: it did not shut down cleanly, its server may still run. */
    Optional<RedisOwner> previous() {
        return previous;
    }

    void record(RedisOwner owner) {
        write(owner.serialize());
    }

    private void write(String text) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Redis owner file", e);
        }
    }

    /** Clears the record and gives the directory up. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            write("");
            lock.release();
        } catch (IOException | UncheckedIOException e) {
            // closing the channel below releases the lock anyway
        } finally {
            closeQuietly(channel);
        }
    }

    /** Gives the directory up but leaves the record, as a process killed with -9 does (tests only). */
    void abandon() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
