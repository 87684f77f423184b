package dev.followthrough.platform.database;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The database's own failure in a cause chain (unreachable, timed out, refusing): an outage to
 * report in one line, not a surprise to log with its stack trace.
 */
public final class DatabaseTrouble {

    private DatabaseTrouble() {}

    public static Optional<SQLException> in(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
