package dev.followthrough.platform.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Whether the database answers, decided within a hard deadline whatever the database does: a
 * stopped server, a hung one (its sockets open, nothing answering) or an exhausted pool all make it
 * "no" in time. One check runs at a time; callers that come while it runs share its answer, so a
 * hung database holds one thread, not one per probe.
 */
final class HealthCheck implements AutoCloseable {

    private final DataSource dataSource;
    private final Duration deadline;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "database-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> running = CompletableFuture.completedFuture(false);

    HealthCheck(DataSource dataSource, Duration deadline) {
        this.dataSource = dataSource;
        this.deadline = deadline;
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
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                return CompletableFuture.completedFuture(false);
            }
        }
        return running;
    }

    private boolean answers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, deadline.toSeconds()));
        } catch (SQLException | RuntimeException unavailable) {
            return false;
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
