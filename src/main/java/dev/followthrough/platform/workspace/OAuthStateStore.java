package dev.followthrough.platform.workspace;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The oauth_states table: installs under way. */
interface OAuthStateStore {

    @SqlUpdate("INSERT INTO oauth_states (state, created_at, expires_at) VALUES (:state, :now, :expiresAt)")
    void issue(String state, Instant now, Instant expiresAt);

    /** Housekeeping: states nobody came back with. */
    @SqlUpdate("DELETE FROM oauth_states WHERE expires_at <= :now")
    int deleteExpired(Instant now);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM oauth_states WHERE state = :state AND expires_at > :now)")
    boolean isLive(String state, Instant now);

    /**
     * Takes the state away and says until when it was good: of two callers racing with one state,
     * only one gets a row back.
     */
    @SqlQuery("DELETE FROM oauth_states WHERE state = :state RETURNING expires_at")
    Optional<Instant> take(String state);
}
