package dev.followthrough.platform.metrics;

import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The database gauges' own statement: their reading's limit. The counts are the features' stores'. */
interface ReadingStore {

    /** Until the reading's transaction ends, a slow count or a wait for a lock gives up after a second. */
    @SqlUpdate("SET LOCAL statement_timeout = " + DatabaseGauges.DATABASE_WAIT_MILLIS)
    void limitStatementsToTheReading();
}
