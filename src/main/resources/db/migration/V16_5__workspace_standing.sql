-- The retention job finds the workspaces uninstalled longest ago; an org-wide uninstall, its teams.
CREATE INDEX workspaces_uninstalled ON workspaces (changed_at) WHERE status = 'UNINSTALLED';
CREATE INDEX workspaces_enterprise ON workspaces (enterprise_id) WHERE enterprise_id IS NOT NULL;
