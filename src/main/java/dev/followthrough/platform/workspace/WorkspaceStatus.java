package dev.followthrough.platform.workspace;

/** Whether a workspace can be sent to, as the workspaces table records it. */
public enum WorkspaceStatus {
    ACTIVE,
    /** The app was uninstalled: nothing more is sent; its data goes after the retention period. */
    UNINSTALLED,
    /** Slack refused its token (invalid_auth, account_inactive, token_revoked): skipped, not retried. */
    TOKEN_REFUSED
}
