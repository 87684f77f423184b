package dev.followthrough.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code DATA_DIR/followthrough.lock}, held for as long as this process uses the
 * embedded database. The operating system drops it when the process dies however it dies, so a
 * PostgreSQL found running on {@code DATA_DIR/pg} while we hold the lock is an orphan, never the
 * database of another live Followthrough.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "followthrough.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link DataDirectoryInUse} naming who holds it. */
    static DataDirectoryLock acquire(Path dataDir) {
        var file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException cannotOpen) {
            throw new UncheckedIOException("Could not open " + file, cannotOpen);
        }
        try {
            var lock = tryLock(channel);
            if (lock == null) {
                var holder = holder(channel);
                channel.close();
                throw new DataDirectoryInUse(dataDir, holder);
            }
            // Advisory only: names the holder for the process that is refused.
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
                    0);
            channel.force(true);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException cannotLock) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not lock " + file, cannotLock);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        var buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        var text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        return text.matches("pid \\d+") ? text : "pid unknown";
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the original problem is the one to report.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException cannotRelease) {
            // Closing the channel (or the process ending) releases the lock anyway.
            closeQuietly(channel);
        }
    }
}
