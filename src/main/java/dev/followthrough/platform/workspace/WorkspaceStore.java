package dev.followthrough.platform.workspace;

import java.time.Instant;
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
}
