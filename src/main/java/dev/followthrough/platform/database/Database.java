package dev.followthrough.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.followthrough.DatabaseUrl;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database Followthrough keeps everything in: an embedded PostgreSQL under {@code DATA_DIR/pg}
 * when no URL is configured, the configured server otherwise; pooled, migrated, wrapped in Jdbi.
 *
 * <p>The embedded server is durable (fsync and synchronous commits on), used by one process at a
 * time ({@link DataDirectoryInUse} otherwise), starts on whatever a crash left behind, and is
 * started again on the same port if it dies under the running service.
 */
public final class Database implements AutoCloseable {

    /** A request must never wait long for a connection: Slack gives up after 3 s. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** {@code /healthz} answers within a second, whatever the database does. */
    static final Duration HEALTH_DEADLINE = Duration.ofMillis(800);
    /** A new connection for the health check gives up after this, in seconds as the driver counts them. */
    private static final String NEW_CONNECTION_TIMEOUT_SECONDS = "1";

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Optional<Embedded> embedded;
    private final HikariDataSource pool;
    private final HealthCheck health;
    private final DatabaseOutage outage = new DatabaseOutage();
    // Set when a stop found the database not answering and cut its connections.
    private volatile boolean cut;
    private final Jdbi jdbi;

    /** The embedded server and the lock that makes it ours alone. */
    private record Embedded(DataDirectoryLock lock, EmbeddedServer server) {
        void stop() {
            stop(false);
        }

        void stop(boolean unanswered) {
            try {
                server.close(unanswered);
            } finally {
                lock.close();
            }
        }
    }

    private Database(Optional<Embedded> embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
        this.health = new HealthCheck(pool, () -> newConnection(pool), HEALTH_DEADLINE, outage);
        this.jdbi = Jdbi.create(pool)
                .installPlugin(RequestWaits.plugin())
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    /**
     * Connects (starting the embedded server when there is no URL) and applies every migration.
     *
     * @throws DataDirectoryInUse when another live process runs the embedded database in {@code dataDir}
     */
    public static Database open(Optional<DatabaseUrl> url, Path dataDir) {
        return open(url, dataDir, Optional.empty());
    }

    /** As {@link #open(Optional, Path)}, the pool measured on {@code meters} ({@code hikaricp_connections_*}). */
    public static Database open(Optional<DatabaseUrl> url, Path dataDir, MeterRegistry meters) {
        return open(url, dataDir, Optional.of(meters));
    }

    private static Database open(Optional<DatabaseUrl> url, Path dataDir, Optional<MeterRegistry> meters) {
        Optional<Embedded> embedded = url.isPresent() ? Optional.empty() : Optional.of(startEmbedded(dataDir));
        var hikari = new HikariConfig();
        hikari.setPoolName("followthrough");
        hikari.setMaximumPoolSize(10);
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        hikari.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        // Seconds, as the PostgreSQL driver counts them: an unreachable server fails a connection attempt quickly.
        hikari.addDataSourceProperty("connectTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds()));
        hikari.addDataSourceProperty("loginTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds()));
        // Batches (the due sweep's outbox rows) go to the server as multi-row INSERTs.
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Set before the pool starts: Hikari takes its tracker only then.
        meters.ifPresent(registry -> hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        if (url.isPresent()) {
            hikari.setJdbcUrl(url.get().jdbcUrl());
            url.get().user().ifPresent(hikari::setUsername);
            url.get().password().ifPresent(hikari::setPassword);
        } else {
            var server = embedded.orElseThrow().server();
            hikari.setJdbcUrl(server.jdbcUrl());
            hikari.setPassword(server.password().text());
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException unreachable) {
            embedded.ifPresent(Embedded::stop);
            throw unreachable;
        }
        var database = new Database(embedded, pool);
        try {
            database.migrate();
        } catch (RuntimeException migrationFailed) {
            database.close();
            throw migrationFailed;
        }
        return database;
    }

    private static Embedded startEmbedded(Path dataDir) {
        var directory = dataDir.toAbsolutePath().normalize();
        var lock = DataDirectoryLock.acquire(directory);
        try {
            return new Embedded(lock, EmbeddedServer.start(directory));
        } catch (RuntimeException cannotStart) {
            lock.close();
            throw cannotStart;
        }
    }

    private void migrate() {
        var result = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info(
                    "Applied {} database migration(s); schema now at {}",
                    result.migrationsExecuted,
                    result.targetSchemaVersion);
        }
    }

    /** A connection of its own, as the pool would open one, but giving up within about a second. */
    private static Connection newConnection(HikariDataSource pool) throws SQLException {
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", NEW_CONNECTION_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", NEW_CONNECTION_TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", NEW_CONNECTION_TIMEOUT_SECONDS);
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Where everything that uses the database reports finding it away, and finding it back. */
    public DatabaseOutage outage() {
        return outage;
    }

    /** Watches a stop under way; closed once what uses the database has stopped. */
    public interface StopWatch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Watches the service's stop: if it still runs after {@code patience} and the database does
     * not answer (frozen, gone, its pool exhausted), the pool's connections are cut, so that what
     * waits on them (a job, the dispatcher's claim, a request) fails at once and the stop can
     * finish. A database that answers is never cut: what is still running gets to record its work.
     */
    public StopWatch watchStopping(Duration patience) {
        var stopped = new CountDownLatch(1);
        var watch = new Thread(
                () -> {
                    try {
                        if (stopped.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                            return;
                        }
                        while (isHealthy()) {
                            if (stopped.await(1, TimeUnit.SECONDS)) {
                                return;
                            }
                        }
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    log.warn(
                            "Still stopping after {} s and the database does not answer: its connections are cut"
                                    + " so the stop can finish (what could not be recorded is put right on the next"
                                    + " start)",
                            patience.toSeconds());
                    cut = true;
                    pool.close();
                },
                "stop-watch");
        watch.setDaemon(true);
        watch.start();
        return stopped::countDown;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * True when the database answers a trivial query; false when it does not answer within a second,
     * whether it is stopped, hung or every pooled connection is busy. Never blocks longer.
     */
    public boolean isHealthy() {
        return health.isHealthy();
    }

    @Override
    public void close() {
        health.close();
        pool.close();
        embedded.ifPresent(server -> server.stop(cut));
    }
}
