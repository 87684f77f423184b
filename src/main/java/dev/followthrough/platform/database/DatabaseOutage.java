package dev.followthrough.platform.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database is away, as everything that uses it finds out: one WARN when an outage
 * starts, one INFO when it answers again, and nothing in between, however many jobs, sweeps and
 * sends find it away. A failure that is not the database's own is not an outage: its finder logs it.
 */
public final class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final long ANSWERING = Long.MIN_VALUE;

    // System.nanoTime() when the outage began, or ANSWERING.
    private final AtomicLong awaySince = new AtomicLong(ANSWERING);

    /**
     * Reports {@code failure} if it is the database's own (unreachable, timed out, refusing) and
     * returns true; returns false for any other failure, which the caller should log itself.
     */
    public boolean failed(Throwable failure) {
        var trouble = DatabaseTrouble.in(failure);
        if (trouble.isEmpty()) {
            return false;
        }
        if (awaySince.compareAndSet(ANSWERING, System.nanoTime())) {
            log.warn("database unreachable: {}; retrying", reason(trouble.get()));
        } else {
            log.debug("database still unreachable", failure);
        }
        return true;
    }

    /** Reports that the database answered: the end of an outage, if there was one. */
    public void answered() {
        var since = awaySince.getAndSet(ANSWERING);
        if (since != ANSWERING) {
            log.info(
                    "database reachable again after {} s",
                    Duration.ofNanos(System.nanoTime() - since).toSeconds());
        }
    }

    public boolean isAway() {
        return awaySince.get() != ANSWERING;
    }

    /** The innermost SQL failure's first line: the driver's "Connection refused", not the pool's wrapper. */
    private static String reason(SQLException outermost) {
        SQLException innermost = outermost;
        for (Throwable cause = outermost; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                innermost = sql;
            }
        }
        var message = String.valueOf(innermost.getMessage());
        var cause = innermost.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getMessage() + ")";
        }
        return message.lines().findFirst().orElse("no reason given");
    }
}
