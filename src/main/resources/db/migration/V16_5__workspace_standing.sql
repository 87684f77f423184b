-- Each workspace's standing, for everything that sends to it. The installations migration creates
-- the same table; IF NOT EXISTS lets either come first.
CREATE TABLE IF NOT EXISTS workspaces (
    team_id       TEXT        PRIMARY KEY,
    enterprise_id TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'UNINSTALLED', 'TOKEN_REFUSED')),
    status_reason TEXT,
    changed_at    TIMESTAMPTZ NOT NULL
);

-- The retention job finds the workspaces uninstalled longest ago; an org-wide uninstall, its teams.
CREATE INDEX workspaces_uninstalled ON workspaces (changed_at) WHERE status = 'UNINSTALLED';
CREATE INDEX workspaces_enterprise ON workspaces (enterprise_id) WHERE enterprise_id IS NOT NULL;

-- CANCELLED: never to be sent, its workspace is gone (uninstalled, tokens revoked or refused). The
-- leased dispatcher's migration allows the same.
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));
