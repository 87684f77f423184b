package dev.followthrough.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the embedded cluster so that {@code DATA_DIR/pg} is either complete or absent: initdb runs
 * in {@code DATA_DIR/pg-initializing}, which is renamed into place once the cluster has started, been
 * given its superuser's password (stored in {@code DATA_DIR/pg-password} before the rename) and
 * stopped cleanly. A kill during initdb (which dies with the JVM: its output is a pipe to it) or
 * before the rename leaves only that sibling, made again on the next start, with a new password: never
 * a half-made {@code pg} that no start could get past, nor a {@code pg} whose password was not kept.
 */
final class NewCluster {

    static final String INITIALIZING = "pg-initializing";

    private static final Logger log = LoggerFactory.getLogger(NewCluster.class);

    private NewCluster() {}

    /** Makes {@code dataDir/pg} a cluster unless it already is one (zonky's test: it has a postgresql.conf). */
    static void ensure(Path dataDir) {
        var directory = dataDir.resolve("pg");
        if (Files.exists(directory.resolve("postgresql.conf"))) {
            return;
        }
        var initializing = dataDir.resolve(INITIALIZING);
        try {
            if (Files.isDirectory(initializing)) {
                // A start killed while initializing may have left its PostgreSQL running there.
                CrashLeftovers.clear(initializing.toRealPath());
                deleteRecursively(initializing);
            }
            log.info(
                    "Creating the embedded PostgreSQL cluster for {}, its password in {}",
                    directory,
                    ServerPassword.file(dataDir));
            var password = ServerPassword.generate();
            // Until its password is set, the new server trusts local connections: it is no one's yet.
            try (var server = EmbeddedServer.durable(initializing, password)
                    .setPGStartupWait(EmbeddedServer.CLEAN_START_WAIT)
                    .start()) {
                ClientAuthentication.requirePassword(initializing, server.getPostgresDatabase(), password);
            }
            password.store(dataDir);
            if (Files.exists(directory)) {
                // Holds no cluster (no postgresql.conf): what an interrupted initdb in place left.
                deleteRecursively(directory);
            }
            Files.move(initializing, directory, StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.syncDirectory(dataDir);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(
                    "Could not create the embedded PostgreSQL cluster in " + directory, cannotCreate);
        } catch (SQLException cannotSetPassword) {
            throw new IllegalStateException(
                    "Could not set the password of the new embedded PostgreSQL cluster in " + initializing,
                    cannotSetPassword);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
