package dev.followthrough.platform.workspace;

import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** A migrated database of its own and a clock: what the installation and state tests run on. */
final class InstallationsWorld implements AutoCloseable {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final Database database;
    final Jdbi jdbi;
    private final DatabaseUrl url;

    InstallationsWorld(String databaseName) {
        url = DatabaseUrl.parse(TestDatabase.newDatabase(databaseName)).orElseThrow();
        database = Database.open(Optional.of(url), Path.of("unused"));
        jdbi = database.jdbi();
    }

    /** The same database through a pool of its own, as another instance of the service has it. */
    Database anotherInstance() {
        return Database.open(Optional.of(url), Path.of("unused"));
    }

    void reset() {
        clock.set(START);
        jdbi.useHandle(handle -> handle.execute("TRUNCATE installations, oauth_states, workspaces"));
    }

    @Override
    public void close() {
        database.close();
    }
}
