package dev.followthrough.calendar;

import org.jdbi.v3.sqlobject.SingleValue;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The secrets the app made itself, by name. */
interface AppSecretStore {

    // Two instances starting together both try; the first insert wins and both read it back.
    @SqlUpdate("INSERT INTO app_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
    void offer(String name, byte[] value);

    // Without @SingleValue an array return type is read as one element per row.
    @SqlQuery("SELECT value FROM app_secrets WHERE name = :name")
    @SingleValue
    byte[] read(String name);
}
