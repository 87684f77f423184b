package dev.followthrough.platform.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files replaced so that a crash leaves either the old content or the new, never a part of either. */
final class DurableFiles {

    private DurableFiles() {}

    /**
     * Writes {@code content} to a sibling, syncs it and renames it over {@code target}. The file is
     * created readable and writable by its owner only (0600), whatever the umask allows more; the
     * directory it is in is left as it is.
     */
    static void replace(Path target, String content) throws IOException {
        var temporary = target.resolveSibling(target.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try (var channel = FileChannel.open(
                temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(target))) {
            var bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    private static FileAttribute<?>[] ownerOnly(Path target) {
        if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }

    /**
     * Makes a rename in {@code directory} itself durable. A failed sync is the disk failing, and is
     * thrown. Linux and macOS, the platforms with embedded binaries, both sync a directory opened for
     * reading.
     */
    static void syncDirectory(Path directory) throws IOException {
        try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
