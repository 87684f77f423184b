package dev.followthrough.platform.database;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Asks the embedded server itself to do something: no table is read or written. */
interface ServerControlStore {

    /** Re-reads pg_hba.conf and postgresql.conf; true once the server was told (it reloads at once). */
    @SqlQuery("SELECT pg_reload_conf()")
    boolean reloadConfiguration();
}
