package dev.followthrough.platform.outbox;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Which dispatcher paces which workspace ({@code dispatch_workspaces}), and which dispatchers are
 * alive to share them ({@code dispatchers}). Each statement is its own short transaction.
 */
interface DispatchStore {

    @SqlUpdate("""
            INSERT INTO dispatchers (owner, alive_until) VALUES (:owner, :aliveUntil)
            ON CONFLICT (owner) DO UPDATE SET alive_until = excluded.alive_until""")
    void alive(String owner, Instant aliveUntil);

    /** Forgets the dispatchers that stopped saying they are alive (crashed or cut off). */
    @SqlUpdate("DELETE FROM dispatchers WHERE alive_until <= :now")
    void forgetSilent(Instant now);

    @SqlQuery("SELECT count(*) FROM dispatchers WHERE alive_until > :now")
    int aliveCount(Instant now);

    @SqlUpdate("DELETE FROM dispatchers WHERE owner = :owner")
    void gone(String owner);

    /** The workspaces {@code owner} holds now. */
    @SqlQuery("SELECT team_id FROM dispatch_workspaces WHERE owner = :owner AND until > :now ORDER BY team_id")
    List<String> held(String owner, Instant now);

    @SqlQuery("SELECT team_id FROM dispatch_workspaces WHERE until > :now")
    List<String> heldByAnyone(Instant now);

    /**
     * Takes or renews {@code teamIds} for {@code owner} until {@code until}, each only if it is free,
     * its holder's lease ran out, or {@code owner} holds it already; returns those now held.
     */
    @SqlQuery("""
            INSERT INTO dispatch_workspaces (team_id, owner, until)
            SELECT wanted.team_id, :owner, :until FROM unnest(CAST(:teamIds AS TEXT[])) AS wanted(team_id)
            ON CONFLICT (team_id) DO UPDATE SET owner = excluded.owner, until = excluded.until
            WHERE dispatch_workspaces.owner = excluded.owner OR dispatch_workspaces.until <= :now
            RETURNING team_id""")
    List<String> take(String[] teamIds, String owner, Instant until, Instant now);

    @SqlUpdate("DELETE FROM dispatch_workspaces WHERE owner = :owner AND team_id = ANY(:teamIds)")
    void release(String[] teamIds, String owner);

    @SqlUpdate("DELETE FROM dispatch_workspaces WHERE owner = :owner")
    void releaseAll(String owner);

    /** A forgotten workspace's pacing lease, if one is left: one row a workspace at most. */
    @SqlUpdate("DELETE FROM dispatch_workspaces WHERE team_id = :teamId")
    int forget(String teamId);
}
