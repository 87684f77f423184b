-- What an install through Slack's OAuth flow leaves: one row a workspace (team_id set) or an
-- organisation's org-wide install (enterprise_id set, team_id null). Tokens are AES-GCM ciphertexts
-- (TokenCipher), never plaintext. The newest installer's user token, if any scope asked for one,
-- rides on the same row.
CREATE TABLE installations (
    id                          BIGSERIAL   PRIMARY KEY,
    enterprise_id               TEXT,
    team_id                     TEXT,
    is_enterprise_install       BOOLEAN     NOT NULL DEFAULT FALSE,
    app_id                      TEXT,
    bot_id                      TEXT,
    bot_user_id                 TEXT,
    bot_scopes                  TEXT,
    bot_token                   BYTEA,
    bot_refresh_token           BYTEA,
    bot_token_expires_at        TIMESTAMPTZ,
    installer_user_id           TEXT,
    user_token                  BYTEA,
    user_refresh_token          BYTEA,
    user_token_expires_at       TIMESTAMPTZ,
    user_scopes                 TEXT,
    installed_at                TIMESTAMPTZ NOT NULL,
    updated_at                  TIMESTAMPTZ NOT NULL,
    CHECK (enterprise_id IS NOT NULL OR team_id IS NOT NULL)
);

-- Unique with nulls: an org-wide install and a workspace install of the same organisation differ.
CREATE UNIQUE INDEX installations_workspace ON installations ((COALESCE(enterprise_id, '')), (COALESCE(team_id, '')));
CREATE INDEX installations_team ON installations (team_id) WHERE team_id IS NOT NULL;
-- Token rotation finds the rows whose bot token expires soon.
CREATE INDEX installations_bot_expiry ON installations (bot_token_expires_at) WHERE bot_token_expires_at IS NOT NULL;

-- The state of an install under way: issued at GET /slack/install, consumed once at the redirect.
CREATE TABLE oauth_states (
    state      TEXT        PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX oauth_states_expiry ON oauth_states (expires_at);

-- Each workspace's standing, for everything that sends to it: ACTIVE, UNINSTALLED, TOKEN_REFUSED.
CREATE TABLE workspaces (
    team_id       TEXT        PRIMARY KEY,
    enterprise_id TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'UNINSTALLED', 'TOKEN_REFUSED')),
    status_reason TEXT,
    changed_at    TIMESTAMPTZ NOT NULL
);
