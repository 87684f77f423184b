package dev.followthrough.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Whether the database answers, decided within a hard deadline whatever the database does: a
 * stopped server, a hung one (its sockets open, nothing answering) or an exhausted pool all make it
 * "no" in time. One check runs at a time; callers that come while it runs share its answer, so a
 * hung database holds one thread, not one per probe.
 *
 * <p>A pooled connection answering is not enough: with the server's listener stopped (PostgreSQL's
 * postmaster) the connections already open still answer, but the pool can replace none of them. So
 * a new connection is opened too, at most every {@link #NEW_CONNECTION_EVERY} while that works, and
 * at every check once it has not.
 */
final class HealthCheck implements AutoCloseable {

    static final Duration NEW_CONNECTION_EVERY = Duration.ofSeconds(5);

    /** Opens a connection of its own, outside the pool, giving up within about a second. */
    interface NewConnections {
        Connection open() throws SQLException;
    }

    private final DataSource pool;
    private final NewConnections newConnections;
    private final Duration deadline;
    private final DatabaseOutage outage;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "database-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> running = CompletableFuture.completedFuture(false);
    // Only the checker's thread reads and writes these.
    private long newConnectionOpenedAt = System.nanoTime() - NEW_CONNECTION_EVERY.toNanos();
    private boolean newConnectionOpened;

    HealthCheck(DataSource pool, NewConnections newConnections, Duration deadline, DatabaseOutage outage) {
        this.pool = pool;
        this.newConnections = newConnections;
        this.deadline = deadline;
        this.outage = outage;
    }

    boolean isHealthy() {
        try {
            return check().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException unanswered) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> check() {
        if (running.isDone()) {
            try {
                running = CompletableFuture.supplyAsync(this::answers, checker);
            } catch (RejectedExecutionException closed) {
                return CompletableFuture.completedFuture(false);
            }
        }
        return running;
    }

    /** A pooled connection that fails is the database away; only a new one failing is not (yet) an outage. */
    private boolean answers() {
        try {
            if (!pooledConnectionAnswers()) {
                return false;
            }
            outage.answered();
        } catch (SQLException | RuntimeException unavailable) {
            outage.failed(unavailable);
            return false;
        }
        try {
            return newConnectionOpens();
        } catch (SQLException | RuntimeException cannotConnect) {
            return false;
        }
    }

    private boolean pooledConnectionAnswers() throws SQLException {
        try (var connection = pool.getConnection()) {
            return connection.isValid((int) Math.max(1, deadline.toSeconds()));
        }
    }

    private boolean newConnectionOpens() throws SQLException {
        if (newConnectionOpened && System.nanoTime() - newConnectionOpenedAt < NEW_CONNECTION_EVERY.toNanos()) {
            return true;
        }
        newConnectionOpened = false;
        try (var connection = newConnections.open()) {
            newConnectionOpened = connection.isValid(1);
        }
        newConnectionOpenedAt = System.nanoTime();
        return newConnectionOpened;
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
