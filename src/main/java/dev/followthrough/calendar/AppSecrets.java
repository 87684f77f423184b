package dev.followthrough.calendar;

import java.security.SecureRandom;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SingleValue;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Secrets the app makes itself, once: the first instance to start creates one, every instance and
 * every restart after that reads the same.
 */
final class AppSecrets {

    interface Store {
        // Two instances starting together both try; the first insert wins and both read it back.
        @SqlUpdate("INSERT INTO app_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
        void offer(String name, byte[] value);

        // Without @SingleValue an array return type is read as one element per row.
        @SqlQuery("SELECT value FROM app_secrets WHERE name = :name")
        @SingleValue
        byte[] read(String name);
    }

    private static final int BYTES = 32;

    private AppSecrets() {}

    static byte[] named(Jdbi jdbi, String name) {
        var fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        return jdbi.withExtension(Store.class, store -> {
            store.offer(name, fresh);
            return store.read(name);
        });
    }
}
