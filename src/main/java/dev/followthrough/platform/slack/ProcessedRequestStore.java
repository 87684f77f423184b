package dev.followthrough.platform.slack;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The requests already handled, with the answer each got. */
interface ProcessedRequestStore {

    /** At most {@code batchSize} of a forgotten workspace's remembered requests. */
    @SqlUpdate("""
            DELETE FROM processed_requests WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM processed_requests WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    /** False when the key was claimed before. */
    @SqlUpdate("""
            INSERT INTO processed_requests (team_id, request_key, response, created_at)
            VALUES (:teamId, :requestKey, :response, :now)
            ON CONFLICT DO NOTHING""")
    boolean claim(String teamId, String requestKey, String response, Instant now);

    @SqlUpdate(
            "UPDATE processed_requests SET response = :response WHERE team_id = :teamId AND request_key = :requestKey")
    void remember(String teamId, String requestKey, String response);

    @SqlQuery("SELECT response FROM processed_requests WHERE team_id = :teamId AND request_key = :requestKey")
    Optional<String> answered(String teamId, String requestKey);

    @SqlUpdate("DELETE FROM processed_requests WHERE created_at < :cutoff")
    int forgetOlderThan(Instant cutoff);

    /** Until the transaction ends, a statement (or a wait for a lock) gives up well inside Slack's 3 s. */
    @SqlUpdate("SET LOCAL statement_timeout = " + ExactlyOnce.DATABASE_WAIT_MILLIS)
    void limitStatementsToRequestTime();
}
