-- The retention job finds the workspaces uninstalled longest ago; an org-wide uninstall, its teams.
CREATE INDEX workspaces_uninstalled ON workspaces (changed_at) WHERE status = 'UNINSTALLED';
CREATE INDEX workspaces_enterprise ON workspaces (enterprise_id) WHERE enterprise_id IS NOT NULL;

-- CANCELLED: never to be sent, its workspace is gone (uninstalled, tokens revoked or refused). The
-- leased dispatcher's migration allows the same; either may come first.
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));
