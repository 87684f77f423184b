package dev.followthrough.platform.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The workspaces table: each team's organisation and standing. Its one store. */
interface WorkspaceStore {

    /** An install (or reinstall) makes a workspace active again, whatever it was. */
    @SqlUpdate("""
            INSERT INTO workspaces (team_id, enterprise_id, status, status_reason, changed_at)
            VALUES (:teamId, :enterpriseId, 'ACTIVE', NULL, :now)
            ON CONFLICT (team_id) DO UPDATE SET
                enterprise_id = excluded.enterprise_id, status = 'ACTIVE', status_reason = NULL,
                changed_at = excluded.changed_at""")
    void activate(String teamId, String enterpriseId, Instant now);

    /**
     * A team first seen through its organisation's org-wide install: only its organisation is
     * recorded, a standing set another way is kept.
     */
    @SqlUpdate("""
            INSERT INTO workspaces (team_id, enterprise_id, status, status_reason, changed_at)
            VALUES (:teamId, :enterpriseId, 'ACTIVE', NULL, :now)
            ON CONFLICT (team_id) DO UPDATE SET enterprise_id = excluded.enterprise_id
            WHERE workspaces.enterprise_id IS DISTINCT FROM excluded.enterprise_id""")
    void recordOrganisation(String teamId, String enterpriseId, Instant now);

    @SqlQuery("SELECT enterprise_id FROM workspaces WHERE team_id = :teamId AND enterprise_id IS NOT NULL")
    Optional<String> enterpriseOf(String teamId);

    @SqlQuery("SELECT status FROM workspaces WHERE team_id = :teamId")
    Optional<WorkspaceStatus> status(String teamId);

    /**
     * A token Slack accepted for the team at start (single-workspace mode): active again if it was
     * not; an active workspace keeps the time it became so.
     */
    @SqlUpdate("""
            INSERT INTO workspaces (team_id, enterprise_id, status, status_reason, changed_at)
            VALUES (:teamId, :enterpriseId, 'ACTIVE', NULL, :now)
            ON CONFLICT (team_id) DO UPDATE SET
                enterprise_id = COALESCE(excluded.enterprise_id, workspaces.enterprise_id), status = 'ACTIVE',
                status_reason = NULL, changed_at = excluded.changed_at
            WHERE workspaces.status <> 'ACTIVE'""")
    void reactivate(String teamId, String enterpriseId, Instant now);

    /**
     * Uninstalled as of {@code now}. An uninstall already recorded keeps its time, so a redelivered
     * event never puts off the day its data goes; an uninstall older than the workspace's last
     * (re)install is Slack's late delivery of a thing undone since, and changes nothing.
     */
    @SqlUpdate("""
            INSERT INTO workspaces (team_id, enterprise_id, status, status_reason, changed_at)
            VALUES (:teamId, :enterpriseId, 'UNINSTALLED', :reason, :now)
            ON CONFLICT (team_id) DO UPDATE SET
                enterprise_id = COALESCE(excluded.enterprise_id, workspaces.enterprise_id), status = 'UNINSTALLED',
                status_reason = excluded.status_reason, changed_at = excluded.changed_at
            WHERE workspaces.status <> 'UNINSTALLED'
              AND NOT (workspaces.status = 'ACTIVE' AND workspaces.changed_at > :happenedAt)""")
    boolean markUninstalled(String teamId, String enterpriseId, String reason, Instant happenedAt, Instant now);

    /**
     * Slack refused the team's token: nothing is sent until a new token is saved. An uninstalled
     * workspace stays uninstalled, so its data still goes when its time comes. True if it changed.
     */
    @SqlUpdate("""
            INSERT INTO workspaces (team_id, enterprise_id, status, status_reason, changed_at)
            VALUES (:teamId, :enterpriseId, 'TOKEN_REFUSED', :reason, :now)
            ON CONFLICT (team_id) DO UPDATE SET
                status = 'TOKEN_REFUSED', status_reason = excluded.status_reason, changed_at = excluded.changed_at
            WHERE workspaces.status = 'ACTIVE'""")
    boolean markTokenRefused(String teamId, String enterpriseId, String reason, Instant now);

    /**
     * False for a workspace uninstalled or whose token Slack refused; a team never recorded is
     * active. The row is share-locked until the caller commits, so a message queued on its word
     * either commits before an uninstall marks the workspace (and is cancelled with the rest) or
     * waits for the mark and is refused: none slips in between the mark and the cancel.
     */
    @SqlQuery("""
            SELECT coalesce(
                (SELECT status = 'ACTIVE' FROM workspaces WHERE team_id = :teamId FOR SHARE), TRUE)""")
    boolean isActive(String teamId);

    /** An organisation's org-wide install (or reinstall): every team known to belong to it is active again. */
    @SqlUpdate("""
            UPDATE workspaces SET status = 'ACTIVE', status_reason = NULL, changed_at = :now
            WHERE enterprise_id = :enterpriseId AND status <> 'ACTIVE'""")
    int activateOrganisation(String enterpriseId, Instant now);

    /** The teams known to belong to an organisation: an org-wide install's uninstall covers them all. */
    @SqlQuery("SELECT team_id FROM workspaces WHERE enterprise_id = :enterpriseId ORDER BY team_id")
    List<String> teamsOf(String enterpriseId);

    /** Uninstalled at or before {@code cutoff}, longest ago first: their data is due to go. */
    @SqlQuery("""
            SELECT team_id FROM workspaces WHERE status = 'UNINSTALLED' AND changed_at <= :cutoff
            ORDER BY changed_at, team_id LIMIT :limit""")
    List<String> uninstalledBy(Instant cutoff, int limit);

    /** Still uninstalled since {@code cutoff} or before: asked again between batches, as a reinstall stops the rest. */
    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM workspaces
                           WHERE team_id = :teamId AND status = 'UNINSTALLED' AND changed_at <= :cutoff)""")
    boolean stillUninstalledBy(String teamId, Instant cutoff);

    /** The last of a forgotten workspace: its own row, if it was not reinstalled meanwhile. */
    @SqlUpdate("DELETE FROM workspaces WHERE team_id = :teamId AND status = 'UNINSTALLED' AND changed_at <= :cutoff")
    int forget(String teamId, Instant cutoff);
}
