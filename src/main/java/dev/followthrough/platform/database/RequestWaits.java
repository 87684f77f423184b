package dev.followthrough.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * The longest a request may wait on the database: while {@link #limitedTo} runs, every connection
 * this thread takes gives up on a silent server after that long. It is set as the connection is
 * handed out, before anything (a plugin's first query on a fresh connection included) talks to
 * the server, so a hung database is answered in time however the request reaches it.
 */
public final class RequestWaits {

    private static final ThreadLocal<Duration> LIMIT = new ThreadLocal<>();

    private RequestWaits() {}

    public static <T> T limitedTo(Duration limit, Callable<T> work) throws Exception {
        var outer = LIMIT.get();
        LIMIT.set(limit);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                LIMIT.remove();
            } else {
                LIMIT.set(outer);
            }
        }
    }

    /** Installed on the service's Jdbi. */
    static JdbiPlugin plugin() {
        return new JdbiPlugin() {
            @Override
            public Connection customizeConnection(Connection connection) throws SQLException {
                var limit = LIMIT.get();
                if (limit != null) {
                    connection.setNetworkTimeout(Runnable::run, Math.toIntExact(limit.toMillis()));
                }
                return connection;
            }
        };
    }
}
