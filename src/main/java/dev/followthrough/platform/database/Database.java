package dev.followthrough.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.followthrough.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
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
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Optional<EmbeddedPostgres> embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(Optional<EmbeddedPostgres> embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    /** Connects (starting the embedded server when there is no URL) and applies every migration. */
    public static Database open(Optional<DatabaseUrl> url, Path dataDir) {
        Optional<EmbeddedPostgres> embedded = url.isPresent() ? Optional.empty() : Optional.of(startEmbedded(dataDir));
        var hikari = new HikariConfig();
        hikari.setPoolName("followthrough");
        hikari.setMaximumPoolSize(10);
        // Batches (the due sweep's outbox rows) go to the server as multi-row INSERTs.
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (url.isPresent()) {
            hikari.setJdbcUrl(url.get().jdbcUrl());
            url.get().user().ifPresent(hikari::setUsername);
            url.get().password().ifPresent(hikari::setPassword);
        } else {
            hikari.setJdbcUrl(embedded.orElseThrow().getJdbcUrl("postgres", "postgres"));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException unreachable) {
            embedded.ifPresent(Database::stopQuietly);
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

    private static EmbeddedPostgres startEmbedded(Path dataDir) {
        var directory = dataDir.resolve("pg").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            // Keep the data directory: the embedded database must survive restarts.
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, cannotStart);
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

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** True when the database answers a trivial query within a second. */
    public boolean isHealthy() {
        try (var connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException unavailable) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        embedded.ifPresent(Database::stopQuietly);
    }

    private static void stopQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException failedToStop) {
            log.warn("The embedded PostgreSQL did not stop cleanly", failedToStop);
        }
    }
}
